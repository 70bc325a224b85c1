package net.safeskill.lms.web.enterprise;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import net.safeskill.lms.study.application.ProgressService;
import net.safeskill.lms.study.application.ProgressViews;
import net.safeskill.lms.web.support.Messages;

/**
 * The enterprise's training progress (journey 6): employees x requirements with progress, a filter for those behind,
 * a bar chart of completion per requirement (inline SVG, no script), who is behind, and a CSV export that Excel opens.
 */
@Named
@ViewScoped
public class ProgressBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One bar of the chart: shares (0..100) of people complete, on track and behind. */
    public record Bar(ProgressViews.RequirementSummary summary, double complete, double onTrack, double behind)
            implements Serializable {
    }

    @Inject
    private ProgressService service;

    private ProgressViews.EnterpriseProgress progress;
    private boolean onlyBehind;
    private List<ProgressViews.EmployeeProgress> rows;

    @PostConstruct
    void init() {
        progress = service.enterpriseProgress();
        filter();
    }

    public void filter() {
        rows = progress.rows().stream().filter(r -> !onlyBehind || r.progress().behind()).toList();
    }

    public List<Bar> getBars() {
        return progress.summaries().stream().map(s -> {
            double n = Math.max(1, s.people());
            return new Bar(s, s.complete() * 100 / n, s.onTrack() * 100 / n, s.behind() * 100 / n);
        }).toList();
    }

    public List<ProgressViews.EmployeeProgress> getBehind() {
        return progress.rows().stream().filter(r -> r.progress().behind()).toList();
    }

    public long getCompleteCount() {
        return progress.rows().stream().filter(r -> r.progress().complete()).count();
    }

    public long getBehindCount() {
        return getBehind().size();
    }

    public int getTotal() {
        return progress.rows().size();
    }

    /** The whole table (not only the filtered rows) as CSV in UTF-8 with a byte-order mark, so Excel shows Chinese. */
    public void exportCsv() throws IOException {
        StringBuilder csv = new StringBuilder("\uFEFF");
        line(csv, Messages.text("person.name"), Messages.text("person.residentId"),
                Messages.text("employment.category"), Messages.text("progress.requirement"),
                Messages.text("progress.required"), Messages.text("progress.counted"),
                Messages.text("progress.percent"), Messages.text("progress.online.studied"),
                Messages.text("progress.online.counted"), Messages.text("progress.classroom"),
                Messages.text("progress.practical"), Messages.text("progress.windowStart"),
                Messages.text("progress.due"), Messages.text("progress.status"));
        for (ProgressViews.EmployeeProgress r : progress.rows()) {
            ProgressViews.Progress p = r.progress();
            line(csv, r.fullName(), r.maskedResidentId(),
                    r.postCategory() == null ? "" : Messages.text("postCategory." + r.postCategory()),
                    p.requirementName(), p.requiredHours().toPlainString(), String.valueOf(p.countedHours()),
                    p.percent() + "%", String.valueOf(p.onlineStudiedHours()), String.valueOf(p.onlineCountedHours()),
                    String.valueOf(p.classroomHours()), String.valueOf(p.practicalHours()),
                    String.valueOf(p.windowStart()), String.valueOf(p.dueDate()), Messages.text(statusKey(p)));
        }
        FacesContext fc = FacesContext.getCurrentInstance();
        ExternalContext ec = fc.getExternalContext();
        ec.responseReset();
        ec.setResponseContentType("text/csv; charset=UTF-8");
        ec.setResponseHeader("Content-Disposition", "attachment; filename=\"training-progress.csv\"");
        try (OutputStream out = ec.getResponseOutputStream()) {
            out.write(csv.toString().getBytes(StandardCharsets.UTF_8));
        }
        fc.responseComplete();
    }

    /** The bundle key of a progress's status: complete, overdue, behind or on track. */
    public static String statusKey(ProgressViews.Progress p) {
        if (p.complete()) {
            return "progress.status.complete";
        }
        if (p.overdue()) {
            return "progress.status.overdue";
        }
        return p.behind() ? "progress.status.behind" : "progress.status.onTrack";
    }

    public String status(ProgressViews.Progress p) {
        return statusKey(p);
    }

    private static void line(StringBuilder csv, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                csv.append(',');
            }
            String c = cells[i] == null ? "" : cells[i];
            if (!c.isEmpty() && "=+-@".indexOf(c.charAt(0)) >= 0) {
                c = "'" + c; // never a formula in the administrator's spreadsheet
            }
            csv.append('"').append(c.replace("\"", "\"\"")).append('"');
        }
        csv.append("\r\n");
    }

    public ProgressViews.EnterpriseProgress getProgress() {
        return progress;
    }

    public List<ProgressViews.EmployeeProgress> getRows() {
        return rows;
    }

    public boolean isOnlyBehind() {
        return onlyBehind;
    }

    public void setOnlyBehind(boolean onlyBehind) {
        this.onlyBehind = onlyBehind;
    }
}
