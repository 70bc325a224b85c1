package net.safeskill.lms.catalogue.infrastructure.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import net.safeskill.lms.catalogue.domain.LibraryRepository;
import net.safeskill.lms.catalogue.domain.model.course.LessonMedia;
import net.safeskill.lms.catalogue.domain.model.library.LibraryResource;
import net.safeskill.lms.catalogue.domain.model.library.ResourceDetails;
import net.safeskill.lms.catalogue.domain.model.library.ResourceKind;
import net.safeskill.lms.catalogue.infrastructure.samples.SamplePdf;
import net.safeskill.lms.catalogue.infrastructure.storage.MediaStore;
import net.safeskill.lms.identity.domain.IdentityRepository;
import net.safeskill.lms.identity.domain.model.organisation.Organisation;
import net.safeskill.lms.shared.domain.model.Industry;
import net.safeskill.lms.shared.infrastructure.DatabaseMigrator;

/**
 * Demo resources of the shared library (安全生产数字资源库): accident cases, an e-textbook and courseware as small
 * generated PDFs, published, some the platform's and some the demo institution's. Runs with the identity demo data
 * ({@code lms.demo}; by default only on H2) and only while the library is empty.
 */
@Singleton
@Startup
@DependsOn("DemoDataLoader")
public class LibraryDemoLoader {

    private static final Logger LOG = Logger.getLogger(LibraryDemoLoader.class.getName());
    private static final String DEMO_INSTITUTION = "苏州安泰安全技能培训学校";

    private record Demo(boolean institution, ResourceKind kind, Industry industry, String title, String summary,
                        String source, int year, int minutes) {
    }

    private static final List<Demo> DEMOS = List.of(
            new Demo(false, ResourceKind.ACCIDENT_CASE, Industry.CHEMICALS, "某化工企业储罐区动火作业爆炸事故案例",
                    "检修人员在未进行气体检测、未办理动火作业票的情况下对储罐进出口管线进行切割作业，罐内残留的危险化学品"
                            + "蒸气遇明火发生爆炸。案例分析动火作业审批、可燃气体检测和现场监护的要求。",
                    "应急管理部事故调查报告摘编", 2023, 30),
            new Demo(false, ResourceKind.ACCIDENT_CASE, Industry.COMBUSTIBLE_DUST, "铝粉抛光车间粉尘爆炸事故警示",
                    "铝镁粉尘在除尘系统内积聚，清扫制度不落实，电气设备不防爆，引发粉尘爆炸。介绍粉尘防爆的通风除尘、"
                            + "清扫和点火源管控措施。", "粉尘涉爆企业安全警示教育材料", 2022, 25),
            new Demo(true, ResourceKind.ACCIDENT_CASE, Industry.CHEMICALS, "受限空间作业中毒窒息事故分析",
                    "作业人员进入反应釜清理时未进行通风和气体检测，盲目施救导致多人中毒窒息。讲解受限空间作业"
                            + "“先通风、再检测、后作业”和应急救援要点。", "苏州安泰安全技能培训学校", 2024, 20),
            new Demo(true, ResourceKind.E_TEXTBOOK, Industry.AMMONIA_REFRIGERATION, "涉氨制冷企业液氨泄漏应急处置教材",
                    "液氨的理化性质和危害，氨制冷系统的主要设备，液氨泄漏的检测报警、个体防护、紧急切断和人员疏散。",
                    "苏州安泰安全技能培训学校", 2024, 60),
            new Demo(false, ResourceKind.COURSEWARE, Industry.NON_COAL_MINES, "尾矿库安全管理课件",
                    "尾矿库坝体监测、排洪设施检查、汛期安全管理和溃坝风险防范，适用于非煤矿山安全生产管理人员。",
                    "非煤矿山安全培训课件库", 2021, 45),
            new Demo(true, ResourceKind.COURSEWARE, Industry.FIREWORKS, "烟花爆竹生产企业防静电与药物管理课件",
                    "烟花爆竹生产中的静电危害、防静电措施、药物定量和限员管理，以及常见违规作业案例。",
                    "苏州安泰安全技能培训学校", 2023, 40));

    @Inject
    private DatabaseMigrator migrator;

    @Inject
    private IdentityRepository identity;

    @Inject
    private LibraryRepository library;

    @Inject
    private MediaStore store;

    @PostConstruct
    void load() {
        if (!migrator.isDemoDataWanted() || library.count() > 0) {
            return;
        }
        Long institution = identity.organisationByName(DEMO_INSTITUTION).map(Organisation::id).orElse(null);
        Instant now = Instant.now();
        for (Demo d : DEMOS) {
            byte[] pdf = SamplePdf.page(d.title(), d.summary());
            String key;
            try {
                Path temp = Files.createTempFile("library-demo-", ".pdf");
                Files.write(temp, pdf);
                key = store.keep(temp);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            LibraryResource r = new LibraryResource(d.institution() ? institution : null,
                    new ResourceDetails(d.kind(), d.title(), d.summary(), d.industry(), d.source(), d.year(),
                            d.minutes()),
                    new LessonMedia(key, "application/pdf", pdf.length, d.title() + ".pdf", null, null), now, "demo");
            r.publish(now);
            library.store(r);
        }
        LOG.info("Demo library loaded: " + DEMOS.size() + " published resources.");
    }
}
