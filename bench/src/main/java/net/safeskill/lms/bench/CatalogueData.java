package net.safeskill.lms.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import net.safeskill.lms.shared.domain.model.Industry;
import net.safeskill.lms.shared.domain.model.PostCategory;
import net.safeskill.lms.shared.domain.model.TrainingType;

/**
 * Generates the benchmark catalogue straight into the production schema (after the Flyway migrations): 20 training
 * institutions, listed courses (90 %) and published library resources (10 %) with Chinese titles and descriptions
 * composed from the vocabulary of the six high-risk industries, plus a popularity row per course. Deterministic: the
 * same seed gives the same rows on H2 and PostgreSQL.
 */
final class CatalogueData {

    private static final String[][] TOPICS = {
            // CHEMICALS
            {"危险化学品", "动火作业", "受限空间", "储罐区", "危化品仓库", "硝化工艺", "氯化工艺", "反应釜", "可燃气体检测",
                    "盲板抽堵", "装卸作业", "重点监管危险化工工艺", "特殊作业票", "高处作业", "吊装作业", "液化烃储罐"},
            // NON_COAL_MINES
            {"尾矿库", "露天矿山", "边坡稳定", "爆破作业", "井下通风", "提升运输", "排土场", "采空区", "顶板管理",
                    "地下矿山", "矿山救护", "防治水"},
            // METAL_SMELTING
            {"冶金煤气", "高温熔融金属", "煤气柜", "转炉", "高炉炉前作业", "铁水包", "有限空间", "煤气检修", "铝液浇铸",
                    "吊运熔融金属"},
            // FIREWORKS
            {"烟花爆竹", "药物混合", "防静电", "烟火药", "装药筑药", "成品包装", "仓储运输", "限员限量", "黑火药"},
            // COMBUSTIBLE_DUST
            {"粉尘防爆", "铝镁粉尘", "除尘系统", "粉尘清扫", "木粉尘", "防爆电气", "泄爆装置", "粉尘爆炸", "抛光打磨"},
            // AMMONIA_REFRIGERATION
            {"液氨", "氨制冷", "冷库", "液氨泄漏", "氨压缩机", "制冷系统", "氨气检测", "速冻车间"},
            // GENERAL
            {"安全生产法", "事故隐患排查", "应急预案", "个体防护", "消防安全", "职业健康", "安全标志", "双重预防机制",
                    "安全生产责任制", "应急演练"}};

    private static final String[] TITLE_PATTERNS = {
            "%s安全操作规程", "%s事故案例分析", "%s风险辨识与管控", "%s专项培训", "%s与%s实务", "%s作业人员安全培训",
            "%s隐患排查要点", "%s应急处置", "%s标准解读", "新员工%s三级安全教育", "%s班组长安全管理", "%s安全技术"};
    private static final String[] SENTENCES = {
            "本课程围绕%s，系统讲解作业前的风险辨识、作业中的安全控制和作业后的检查确认。",
            "结合近年%s典型事故，分析事故的直接原因和管理原因，提出防范措施。",
            "重点介绍%s的安全管理制度、操作规程和岗位责任。",
            "学员将掌握%s现场检查方法，能够发现并整改常见隐患。",
            "课程依据国家标准和行业规范，对%s的技术要求逐条解读。",
            "通过视频演示和案例讨论，帮助从业人员提高%s方面的应急处置能力。",
            "适用于涉及%s的企业主要负责人、安全管理人员和一线操作人员。",
            "内容包括%s的基本知识、危险特性、防护装备和急救常识。"};
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙",
            "胡", "朱", "高", "林", "何", "郭", "马", "罗"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳",
            "杰", "娟", "涛", "明", "超", "秀英", "建国", "志强", "海燕", "晓东"};
    private static final String[] SOURCES = {"应急管理部宣传教育中心", "中国化学品安全协会", "省安全生产培训中心",
            "市应急管理局", "安全生产出版社", "行业协会事故调查汇编"};

    private final Random random;
    final List<Long> institutions = new ArrayList<>();

    CatalogueData(long seed) {
        this.random = new Random(seed);
    }

    void insert(Connection c, int documents) throws SQLException {
        c.setAutoCommit(false);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        try (PreparedStatement org = c.prepareStatement("INSERT INTO organisation (public_id, name, org_type, region, "
                + "active, created_at, version) VALUES (?, ?, 'TRAINING_INSTITUTION', 'SUZHOU', TRUE, ?, 0)",
                Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 1; i <= 20; i++) {
                org.setString(1, UUID.randomUUID().toString());
                org.setString(2, "基准测试培训机构" + i + "号");
                org.setTimestamp(3, Timestamp.from(now));
                org.executeUpdate();
                try (var keys = org.getGeneratedKeys()) {
                    keys.next();
                    institutions.add(keys.getLong(1));
                }
            }
        }
        int resources = documents / 10;
        int courses = documents - resources;
        try (PreparedStatement course = c.prepareStatement("INSERT INTO course (public_id, lineage_id, revision, "
                + "institution_id, title, description, industry, training_type, target_posts, credit_hours, teachers, "
                + "status, listed_at, created_at, created_by, updated_at, version) "
                + "VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, 'LISTED', ?, ?, 'bench', ?, 0)");
             PreparedStatement popularity = c.prepareStatement("INSERT INTO course_popularity (lineage_id, learners, "
                     + "rating_count, rating_sum, updated_at) VALUES (?, ?, ?, ?, ?)")) {
            for (int i = 0; i < courses; i++) {
                int industry = random.nextInt(TOPICS.length);
                String id = UUID.randomUUID().toString();
                Timestamp listed = Timestamp.from(now.minus(random.nextInt(1000 * 24 * 60), ChronoUnit.MINUTES));
                course.setString(1, id);
                course.setString(2, id);
                course.setLong(3, institutions.get(random.nextInt(institutions.size())));
                course.setString(4, title(industry));
                course.setString(5, description(industry));
                course.setString(6, Industry.values()[industry].name());
                course.setString(7, TrainingType.values()[random.nextInt(TrainingType.values().length)].name());
                course.setString(8, posts());
                course.setBigDecimal(9, new java.math.BigDecimal(1 + random.nextInt(48)).divide(
                        java.math.BigDecimal.valueOf(2)).setScale(1));
                course.setString(10, person() + "、" + person());
                course.setTimestamp(11, listed);
                course.setTimestamp(12, listed);
                course.setTimestamp(13, listed);
                course.addBatch();
                int ratings = random.nextInt(40);
                popularity.setString(1, id);
                popularity.setLong(2, random.nextInt(5000));
                popularity.setLong(3, ratings);
                popularity.setLong(4, ratings == 0 ? 0 : ratings + random.nextInt(ratings * 4 + 1));
                popularity.setTimestamp(5, Timestamp.from(now));
                popularity.addBatch();
                if (i % 1000 == 999) {
                    course.executeBatch();
                    popularity.executeBatch();
                }
            }
            course.executeBatch();
            popularity.executeBatch();
        }
        try (PreparedStatement resource = c.prepareStatement("INSERT INTO library_resource (public_id, "
                + "owner_institution_id, kind, title, summary, industry, source, publication_year, study_minutes, "
                + "storage_key, media_type, size_bytes, original_name, status, published_at, created_at, created_by, "
                + "updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'application/pdf', 1000, 'r.pdf', "
                + "'PUBLISHED', ?, ?, 'bench', ?, 0)")) {
            String[] kinds = {"ACCIDENT_CASE", "E_TEXTBOOK", "COURSEWARE"};
            for (int i = 0; i < resources; i++) {
                int industry = random.nextInt(TOPICS.length);
                Timestamp published = Timestamp.from(now.minus(random.nextInt(1000 * 24 * 60), ChronoUnit.MINUTES));
                resource.setString(1, UUID.randomUUID().toString());
                if (random.nextInt(4) == 0) {
                    resource.setNull(2, java.sql.Types.BIGINT);
                } else {
                    resource.setLong(2, institutions.get(random.nextInt(institutions.size())));
                }
                String kind = kinds[random.nextInt(kinds.length)];
                resource.setString(3, kind);
                resource.setString(4, title(industry) + (kind.equals("ACCIDENT_CASE") ? "（事故案例）" : ""));
                resource.setString(5, description(industry));
                resource.setString(6, Industry.values()[industry].name());
                resource.setString(7, SOURCES[random.nextInt(SOURCES.length)]);
                resource.setInt(8, 2010 + random.nextInt(16));
                resource.setInt(9, 10 + random.nextInt(120));
                resource.setString(10, UUID.randomUUID().toString());
                resource.setTimestamp(11, published);
                resource.setTimestamp(12, published);
                resource.setTimestamp(13, published);
                resource.addBatch();
                if (i % 1000 == 999) {
                    resource.executeBatch();
                }
            }
            resource.executeBatch();
        }
        c.commit();
    }

    private String topic(int industry) {
        // a quarter of the texts borrow a topic from another industry, as real courses do (e.g. 受限空间 everywhere)
        int from = random.nextInt(4) == 0 ? random.nextInt(TOPICS.length) : industry;
        return TOPICS[from][random.nextInt(TOPICS[from].length)];
    }

    private String title(int industry) {
        String pattern = TITLE_PATTERNS[random.nextInt(TITLE_PATTERNS.length)];
        String title = String.format(pattern, topic(industry), topic(industry));
        return title.length() > 100 ? title.substring(0, 100) : title;
    }

    private String description(int industry) {
        StringBuilder d = new StringBuilder();
        int sentences = 3 + random.nextInt(3);
        for (int i = 0; i < sentences; i++) {
            d.append(String.format(SENTENCES[random.nextInt(SENTENCES.length)], topic(industry)));
        }
        return d.toString();
    }

    private String posts() {
        List<String> posts = new ArrayList<>();
        for (PostCategory p : PostCategory.values()) {
            if (random.nextInt(3) == 0) {
                posts.add(p.name());
            }
        }
        if (posts.isEmpty()) {
            posts.add(PostCategory.OTHER.name());
        }
        return String.join(",", posts);
    }

    private String person() {
        return SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
    }
}
