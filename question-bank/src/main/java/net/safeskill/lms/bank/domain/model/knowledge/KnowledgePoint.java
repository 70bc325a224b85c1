package net.safeskill.lms.bank.domain.model.knowledge;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;

import net.safeskill.lms.shared.domain.DomainException;
import net.safeskill.lms.shared.domain.DomainText;

/**
 * A knowledge point (知识点, E1) of an exam authority's tree, e.g. {@code FIRE} 消防安全 › {@code FIRE.EXT} 灭火器的使用.
 * Questions are tagged with codes; a blueprint cell names a point and draws from its whole subtree. The tree is at most
 * {@value #MAX_DEPTH} levels deep and never has a cycle: a point cannot be moved under itself or one of its
 * descendants.
 */
@Entity
@Table(name = "knowledge_point", uniqueConstraints = @UniqueConstraint(columnNames = {"owner_id", "code"}))
public class KnowledgePoint {

    public static final int MAX_DEPTH = 6;
    public static final int MAX_CODE = 40;
    public static final int MAX_NAME = 100;
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0," + (MAX_CODE - 1) + "}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The exam authority (考试机构) that owns the tree. */
    @Column(name = "owner_id", nullable = false, updatable = false)
    private long ownerId;

    @Column(name = "code", nullable = false, updatable = false, length = MAX_CODE)
    private String code;

    @Column(name = "name", nullable = false, length = MAX_NAME)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private KnowledgePoint parent;

    @OneToMany(mappedBy = "parent")
    private List<KnowledgePoint> children = new ArrayList<>();

    /** 1 for a root. */
    @Column(name = "depth", nullable = false)
    private int depth;

    @Version
    private long version;

    protected KnowledgePoint() {
        // for JPA
    }

    /** A root point. */
    public KnowledgePoint(long ownerId, String code, String name) {
        this.ownerId = ownerId;
        this.code = requireCode(code);
        rename(name);
        this.depth = 1;
    }

    /** A point under {@code parent}, of the same owner, at most {@value #MAX_DEPTH} levels deep. */
    public KnowledgePoint(KnowledgePoint parent, String code, String name) {
        this(Objects.requireNonNull(parent, "parent").ownerId, code, name);
        moveUnder(parent);
    }

    /** @throws DomainException {@code bank.knowledgePoint.code} unless the code is 1–40 letters, digits, {@code . _ -} */
    public static String requireCode(String code) {
        String clean = code == null ? "" : code.strip();
        if (!CODE.matcher(clean).matches()) {
            throw new DomainException("bank.knowledgePoint.code", MAX_CODE);
        }
        return clean;
    }

    public void rename(String newName) {
        this.name = DomainText.required(newName, MAX_NAME, "bank.knowledgePoint.name");
    }

    /**
     * Moves this point (with its subtree) under {@code newParent}, or makes it a root when {@code null}.
     *
     * @throws DomainException {@code bank.knowledgePoint.cycle} when the new parent is this point or lies in its
     *                         subtree, {@code bank.knowledgePoint.depth} when the subtree would end deeper than allowed,
     *                         {@code bank.knowledgePoint.owner} when the parent belongs to another authority
     */
    public void moveUnder(KnowledgePoint newParent) {
        if (newParent != null) {
            if (newParent.ownerId != ownerId) {
                throw new DomainException("bank.knowledgePoint.owner");
            }
            for (KnowledgePoint p = newParent; p != null; p = p.parent) {
                if (p == this) {
                    throw new DomainException("bank.knowledgePoint.cycle", code, newParent.code);
                }
            }
        }
        int newDepth = newParent == null ? 1 : newParent.depth + 1;
        if (newDepth + height() - 1 > MAX_DEPTH) {
            throw new DomainException("bank.knowledgePoint.depth", MAX_DEPTH);
        }
        if (parent != null) {
            parent.children.remove(this);
        }
        this.parent = newParent;
        if (newParent != null) {
            newParent.children.add(this);
        }
        setDepth(newDepth);
    }

    private void setDepth(int newDepth) {
        this.depth = newDepth;
        children.forEach(c -> c.setDepth(newDepth + 1));
    }

    /** @return the number of levels of this point's subtree, 1 for a leaf */
    private int height() {
        return 1 + children.stream().mapToInt(KnowledgePoint::height).max().orElse(0);
    }

    /**
     * Takes a leaf out of the tree, before it is deleted.
     *
     * @throws DomainException {@code bank.knowledgePoint.hasChildren} while points lie below it
     */
    public void detach() {
        if (!children.isEmpty()) {
            throw new DomainException("bank.knowledgePoint.hasChildren", code);
        }
        if (parent != null) {
            parent.children.remove(this);
            parent = null;
        }
    }

    /** @return whether this point is {@code ancestor} or lies in its subtree */
    public boolean isWithin(KnowledgePoint ancestor) {
        for (KnowledgePoint p = this; p != null; p = p.parent) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    public Long id() {
        return id;
    }

    public long ownerId() {
        return ownerId;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public KnowledgePoint parent() {
        return parent;
    }

    public List<KnowledgePoint> children() {
        return Collections.unmodifiableList(children);
    }

    public int depth() {
        return depth;
    }
}
