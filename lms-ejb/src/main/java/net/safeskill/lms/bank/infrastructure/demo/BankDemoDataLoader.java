package net.safeskill.lms.bank.infrastructure.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import net.safeskill.lms.bank.domain.KnowledgePointRepository;
import net.safeskill.lms.bank.domain.QuestionRepository;
import net.safeskill.lms.bank.domain.model.knowledge.KnowledgePoint;
import net.safeskill.lms.bank.domain.model.question.Blank;
import net.safeskill.lms.bank.domain.model.question.Question;
import net.safeskill.lms.bank.domain.model.question.QuestionBody;
import net.safeskill.lms.bank.domain.model.question.RevisionContent;
import net.safeskill.lms.identity.domain.IdentityRepository;
import net.safeskill.lms.identity.domain.model.organisation.Organisation;
import net.safeskill.lms.identity.domain.model.organisation.OrganisationType;
import net.safeskill.lms.shared.domain.model.Industry;
import net.safeskill.lms.shared.infrastructure.DatabaseMigrator;

/**
 * A small demo bank (演示题库) for the demo exam authority 苏州市安全生产考试中心, loaded after the identity demo data
 * when {@code lms.demo} is on and that authority has no knowledge point yet: a knowledge point tree (危险化学品安全,
 * 动火作业, 受限空间作业, 消防安全, 应急与急救) and 33 questions of every type, written by {@code demo} (an import, not
 * a person) and reviewed by the demo exam admin {@code examadmin}, so that blueprints can draw from them at once.
 * Figures follow GB 30871—2022《危险化学品企业特殊作业安全规范》 and 《危险化学品安全管理条例》.
 */
@Singleton
@Startup
@DependsOn("DemoDataLoader")
public class BankDemoDataLoader {

    private static final Logger LOG = Logger.getLogger(BankDemoDataLoader.class.getName());

    /** The demo exam authority (see {@code demo/identity.txt}). */
    public static final String AUTHORITY = "苏州市安全生产考试中心";
    private static final String AUTHOR = "demo";
    private static final String REVIEWER = "examadmin";

    private static final String[][] POINTS = {
        {"HC", null, "危险化学品安全"},
        {"HC.STORE", "HC", "储存与装卸"},
        {"HC.LEAK", "HC", "泄漏应急处置"},
        {"HC.PPE", "HC", "个体防护"},
        {"HOT", null, "动火作业"},
        {"HOT.PERMIT", "HOT", "动火作业票与分级"},
        {"HOT.GAS", "HOT", "动火分析"},
        {"HOT.WATCH", "HOT", "监火与现场管理"},
        {"CS", null, "受限空间作业"},
        {"CS.VENT", "CS", "通风与气体检测"},
        {"CS.RESCUE", "CS", "受限空间应急救援"},
        {"FIRE", null, "消防安全"},
        {"FIRE.EXT", "FIRE", "灭火器材的使用"},
        {"EMER", null, "应急与急救"},
        {"EMER.AID", "EMER", "现场急救"},
    };

    @Inject
    private DatabaseMigrator migrator;

    @Inject
    private IdentityRepository identity;

    @Inject
    private KnowledgePointRepository knowledgePoints;

    @Inject
    private QuestionRepository questions;

    private record Demo(String point, int difficulty, QuestionBody body, String explanation) {
    }

    @PostConstruct
    void load() {
        if (!migrator.isDemoDataWanted()) {
            return;
        }
        Organisation authority = identity.organisationByName(AUTHORITY)
                .filter(o -> o.type() == OrganisationType.EXAM_AUTHORITY).orElse(null);
        if (authority == null) {
            LOG.info("No demo exam authority; no demo question bank loaded.");
            return;
        }
        long owner = authority.id();
        if (!knowledgePoints.tree(owner).isEmpty()) {
            LOG.info("The demo exam authority has a question bank already; demo bank not loaded again.");
            return;
        }
        Map<String, KnowledgePoint> byCode = new HashMap<>();
        for (String[] p : POINTS) {
            KnowledgePoint point = p[1] == null ? new KnowledgePoint(owner, p[0], p[2])
                    : new KnowledgePoint(byCode.get(p[1]), p[0], p[2]);
            knowledgePoints.store(point);
            byCode.put(p[0], point);
        }
        Instant now = Instant.now();
        List<Demo> demos = questions();
        for (Demo d : demos) {
            String root = d.point().substring(0, d.point().indexOf('.'));
            Industry industry = switch (root) {
                case "FIRE", "EMER" -> Industry.GENERAL;
                default -> Industry.CHEMICALS;
            };
            String item = switch (root) {
                case "HC" -> "危险化学品安全作业";
                case "HOT" -> "动火作业";
                case "CS" -> "受限空间作业";
                default -> "通用安全知识";
            };
            Question q = new Question(owner, industry, item, new RevisionContent(d.body(),
                    new TreeSet<>(Set.of(d.point())), d.difficulty(), d.explanation(), List.of()), now, AUTHOR);
            q.review(REVIEWER, now);
            questions.store(q);
        }
        LOG.info("Demo question bank loaded: " + POINTS.length + " knowledge points, " + demos.size()
                + " reviewed questions.");
    }

    private static QuestionBody single(String stem, int answer, String... options) {
        return QuestionBody.singleChoice(stem, List.of(options), answer);
    }

    private static QuestionBody multiple(String stem, Set<Integer> answers, String... options) {
        return QuestionBody.multipleChoice(stem, List.of(options), answers);
    }

    private static List<Demo> questions() {
        List<Demo> q = new ArrayList<>();
        // 危险化学品：储存与装卸
        q.add(new Demo("HC.STORE", 1, single("危险化学品应当储存在（ ）内，并由专人负责管理。", 0,
                "专用仓库、专用场地或者专用储存室", "普通仓库", "生产车间", "办公区域"),
                "《危险化学品安全管理条例》第二十四条。"));
        q.add(new Demo("HC.STORE", 2, QuestionBody.trueFalse("剧毒化学品以及储存数量构成重大危险源的其他危险化学品，"
                + "应当在专用仓库内单独存放，并实行双人收发、双人保管制度。", true), null));
        q.add(new Demo("HC.STORE", 3, multiple("装卸易燃液体时，应当采取的措施有（ ）。", Set.of(0, 1, 3),
                "车辆熄火并接好静电接地", "控制流速，防止静电积聚", "用铁制工具敲击阀门", "作业现场严禁烟火"),
                "铁制工具敲击会产生火花，应使用防爆工具。"));
        q.add(new Demo("HC.STORE", 1, QuestionBody.fillBlank("化学品安全技术说明书的英文缩写是____。",
                List.of(Blank.of("SDS", "MSDS"))), null));
        q.add(new Demo("HC.STORE", 3, single("遇湿易燃物品（如金属钠）着火时，不能使用（ ）扑救。", 1,
                "干砂", "水", "干粉", "专用金属火灾灭火剂"), "遇水会剧烈反应，放出易燃气体。"));
        // 危险化学品：泄漏应急处置
        q.add(new Demo("HC.LEAK", 1, QuestionBody.trueFalse("液氨泄漏时，人员应向上风向或侧风向撤离。", true), null));
        q.add(new Demo("HC.LEAK", 2, single("发生有毒气体泄漏时，下列做法正确的是（ ）。", 1, "顺风方向逃生",
                "用湿毛巾捂住口鼻，向上风向撤离", "躲在低洼处等待救援", "返回现场抢救财物"), null));
        q.add(new Demo("HC.LEAK", 3, multiple("危险化学品泄漏处置的基本措施包括（ ）。", Set.of(0, 1, 2), "控制泄漏源",
                "对泄漏物进行覆盖、收容、稀释等处理", "设置警戒区，疏散无关人员", "立即用大量水冲入下水道"),
                "泄漏物冲入下水道会扩大污染，并可能在管道内形成爆炸性混合物。"));
        q.add(new Demo("HC.LEAK", 4, QuestionBody.shortAnswer("简述储罐区发生易燃液体泄漏后的现场处置要点。",
                "立即报告并启动应急预案；切断泄漏源和周边点火源，设置警戒区并疏散无关人员；处置人员佩戴防护用品，"
                + "从上风向接近；用围堤、吸附材料收容泄漏物，防止进入下水道；使用防爆工具，持续检测可燃气体浓度。"),
                null));
        // 危险化学品：个体防护
        q.add(new Demo("HC.PPE", 2, single("进入有毒气体浓度不明的区域抢险，应佩戴（ ）。", 2, "普通纱布口罩",
                "过滤式防毒面具", "正压式空气呼吸器", "防尘口罩"),
                "浓度不明或可能缺氧的环境不得使用过滤式防护用品。"));
        q.add(new Demo("HC.PPE", 2, QuestionBody.trueFalse("过滤式防毒面具可以在缺氧环境中使用。", false), null));
        q.add(new Demo("HC.PPE", 1, QuestionBody.fillBlank("劳动防护用品分为特种劳动防护用品和____劳动防护用品。",
                List.of(Blank.of("一般"))), null));
        // 动火作业：作业票与分级
        q.add(new Demo("HOT.PERMIT", 3, single("按 GB 30871—2022，特级动火和一级动火安全作业票的有效期不应超过（ ）。", 0,
                "8 h", "24 h", "72 h", "7 d"), "二级动火安全作业票的有效期不应超过 72 h。"));
        q.add(new Demo("HOT.PERMIT", 1, QuestionBody.trueFalse("动火安全作业票可以由作业人员自己签发、自己审批。", false),
                null));
        q.add(new Demo("HOT.PERMIT", 2, multiple("动火作业前应落实的安全措施有（ ）。", Set.of(0, 1, 2, 3),
                "清除动火点周围的可燃物", "进行动火分析", "配备灭火器材", "设置监火人", "先动火，事后补办作业票"), null));
        q.add(new Demo("HOT.PERMIT", 2, QuestionBody.shortAnswer("简述动火作业“三不动火”的内容。",
                "没有经批准的动火安全作业票不动火；监火人不在现场不动火；防火措施不落实不动火。"), null));
        // 动火作业：动火分析
        q.add(new Demo("HOT.GAS", 3, single("按 GB 30871—2022，动火分析与动火作业的间隔一般不超过（ ）。", 1,
                "10 min", "30 min", "60 min", "2 h"), null));
        q.add(new Demo("HOT.GAS", 4, QuestionBody.fillBlank("用便携式可燃气体检测报警仪进行动火分析时，被测可燃气体或蒸气"
                + "的浓度应不大于其爆炸下限的____%（LEL）。", List.of(Blank.of("10"))), null));
        q.add(new Demo("HOT.GAS", 3, QuestionBody.trueFalse("动火作业中断超过 60 min，继续动火前应重新进行动火分析。",
                true), null));
        // 动火作业：监火与现场管理
        q.add(new Demo("HOT.WATCH", 1, single("动火作业完毕后，监火人应当（ ）。", 1, "立即离开现场",
                "检查并确认现场无遗留火种后方可离开", "只需口头通知作业人员", "由作业人员自行清理"), null));
        q.add(new Demo("HOT.WATCH", 1, QuestionBody.trueFalse("监火人在动火作业期间可以兼做其他工作。", false), null));
        // 受限空间作业：通风与气体检测
        q.add(new Demo("CS.VENT", 1, single("受限空间作业应当遵循（ ）的原则。", 0, "先通风、再检测、后作业",
                "先作业、再检测", "先检测、后作业、再通风", "边作业边通风，无需检测"), null));
        q.add(new Demo("CS.VENT", 2, multiple("受限空间作业前需要检测的项目通常包括（ ）。", Set.of(0, 1, 2), "氧气含量",
                "可燃气体浓度", "有毒有害气体浓度", "灭火器压力"), null));
        q.add(new Demo("CS.VENT", 4, QuestionBody.fillBlank("按 GB 30871—2022，受限空间内氧气含量应为____%至____%"
                + "（体积分数）。", List.of(Blank.of("19.5"), Blank.of("21"))), null));
        q.add(new Demo("CS.VENT", 2, QuestionBody.trueFalse("受限空间作业可以向空间内通入纯氧进行通风换气。", false),
                "通入纯氧会形成富氧环境，极易引发火灾爆炸。"));
        // 受限空间作业：应急救援
        q.add(new Demo("CS.RESCUE", 2, single("发现受限空间内有人晕倒，未佩戴防护装备的人员应当（ ）。", 1, "立即进入施救",
                "不得盲目施救，立即报告并呼叫专业救援", "向空间内通入纯氧", "等待其自行苏醒"), null));
        // 消防安全：灭火器材的使用
        q.add(new Demo("FIRE.EXT", 1, QuestionBody.fillBlank("我国的火警电话是____，急救电话是____。",
                List.of(Blank.of("119"), Blank.of("120"))), null));
        q.add(new Demo("FIRE.EXT", 1, single("扑救电气设备火灾时，应当首先（ ）。", 1, "用水扑救", "切断电源",
                "打开门窗通风", "离开现场"), null));
        q.add(new Demo("FIRE.EXT", 2, multiple("ABC 干粉灭火器适用于扑救（ ）。", Set.of(0, 1, 2), "可燃液体火灾",
                "可燃气体火灾", "带电设备火灾", "金属钠火灾"), "金属火灾（D 类）须使用专用灭火剂。"));
        // 应急与急救：现场急救
        q.add(new Demo("EMER.AID", 1, QuestionBody.trueFalse("发现有人触电，应先切断电源或用绝缘物使其脱离电源，"
                + "再进行施救。", true), null));
        q.add(new Demo("EMER.AID", 3, QuestionBody.shortAnswer("简述心肺复苏中胸外按压的要点。",
                "按压部位为胸骨下半部（两乳头连线中点）；成人按压深度 5～6 cm，频率每分钟 100～120 次；"
                + "每次按压后让胸廓充分回弹；按压与人工呼吸之比为 30:2，尽量减少中断。"), null));
        // 案例分析
        q.add(new Demo("CS.RESCUE", 4, QuestionBody.caseAnalysis("某化工企业检修班组在未办理受限空间安全作业票、"
                + "未进行气体检测的情况下，安排两名作业人员进入一台停用的反应釜清理残渣。约 10 分钟后釜内人员晕倒；"
                + "釜外监护人员未佩戴防护器具即进入施救，随后也晕倒。事故造成 2 人死亡、1 人受伤。", List.of(
                        QuestionBody.trueFalse("作业人员进入反应釜前已满足受限空间作业条件。", false),
                        QuestionBody.multipleChoice("本起事故暴露出的主要问题有（ ）。", List.of("未办理受限空间安全作业票",
                                "未进行气体检测", "监护人员盲目施救", "反应釜设计压力不足"), Set.of(0, 1, 2)),
                        QuestionBody.shortAnswer("针对本起事故，企业应采取哪些防范措施？", "严格执行受限空间作业审批制度；"
                                + "作业前隔绝、清洗置换、通风，按“先通风、再检测、后作业”检测合格后方可进入；作业全程监护"
                                + "并配备正压式空气呼吸器等救援器材；加强应急救援培训和演练，严禁盲目施救。"))),
                "受限空间事故中盲目施救造成的伤亡往往多于首发伤亡。"));
        q.add(new Demo("HOT.WATCH", 4, QuestionBody.caseAnalysis("某企业在储罐区进行管线焊接动火作业，动火点距未清理的"
                + "含油地沟不足 5 m，作业前未进行动火分析，也未设置监火人。焊接火花落入地沟引燃油气，发生火灾。", List.of(
                        QuestionBody.singleChoice("该动火作业首先违反的要求是（ ）。", List.of(
                                "未落实动火安全作业票规定的安全措施", "焊工未穿工作服", "作业时间过长", "使用了电焊而非气焊"), 0),
                        QuestionBody.shortAnswer("动火作业前对动火点周边的可燃物应当如何处理？", "清除动火点周围的可燃物；"
                                + "对不能清除的地沟、井口等进行封堵或覆盖；必要时用水冲洗、设置隔离，经动火分析合格后方可动火。"))),
                null));
        return q;
    }
}
