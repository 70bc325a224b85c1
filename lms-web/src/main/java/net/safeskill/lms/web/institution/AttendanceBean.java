package net.safeskill.lms.web.institution;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import net.safeskill.lms.shared.domain.DomainException;
import net.safeskill.lms.study.application.TrainingClassService;
import net.safeskill.lms.study.application.TrainingViews;
import net.safeskill.lms.web.support.Messages;

/**
 * The attendance sheet of one session (考勤), made for a phone: one line per person with 出勤 / 迟到 / 缺勤 toggles,
 * "everyone present", save (still changeable) and confirm (locks the sheet and credits the hours).
 */
@Named
@ViewScoped
public class AttendanceBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One editable line of the sheet. */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final TrainingViews.SheetLine line;
        private String status;
        private Integer lateMinutes;

        Row(TrainingViews.SheetLine line) {
            this.line = line;
            this.status = line.status();
            this.lateMinutes = line.lateMinutes() == 0 ? null : line.lateMinutes();
        }

        public TrainingViews.SheetLine getLine() {
            return line;
        }

        public String getStatus() {
            return status;
        }

        public void setStatus(String status) {
            this.status = status;
        }

        public Integer getLateMinutes() {
            return lateMinutes;
        }

        public void setLateMinutes(Integer lateMinutes) {
            this.lateMinutes = lateMinutes;
        }

        TrainingViews.Mark mark() {
            return new TrainingViews.Mark(line.person(), status, "LATE".equals(status) ? lateMinutes : null);
        }
    }

    @Inject
    private TrainingClassService service;

    private String sessionId;
    private TrainingViews.AttendanceSheet sheet;
    private List<Row> rows = new ArrayList<>();

    @PostConstruct
    void init() {
        sessionId = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("session");
        try {
            refresh();
        } catch (DomainException e) {
            sheet = null;
            Messages.error(e, null);
        }
    }

    private void refresh() {
        sheet = service.sheet(sessionId);
        rows = new ArrayList<>(sheet.lines().stream().map(Row::new).toList());
    }

    public void everyonePresent() {
        rows.forEach(r -> r.setStatus("PRESENT"));
    }

    public void save() {
        try {
            service.saveAttendance(sessionId, marks());
            Messages.info("attendance.saved");
            refresh();
        } catch (DomainException e) {
            Messages.error(e, null);
        }
    }

    public void confirm() {
        try {
            int credited = service.confirmAttendance(sessionId, marks());
            Messages.info("attendance.confirmed", credited);
            refresh();
        } catch (DomainException e) {
            Messages.error(e, null);
        }
    }

    private List<TrainingViews.Mark> marks() {
        return rows.stream().map(Row::mark).toList();
    }

    public long getMarkedCount() {
        return rows.stream().filter(r -> r.getStatus() != null && !r.getStatus().isBlank()).count();
    }

    public TrainingViews.AttendanceSheet getSheet() {
        return sheet;
    }

    public List<Row> getRows() {
        return rows;
    }
}
