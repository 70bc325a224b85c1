package net.safeskill.lms.study.domain.model.session;

/**
 * What the study page reports every 10-15 s (心跳). Everything in it is a claim by the browser; the server decides
 * what counts, on its own clock.
 *
 * @param sequence     the page's counter; a beat not newer than the last accepted one is a replay and counts nothing
 * @param visible      whether the page is visible (Page Visibility API)
 * @param playing      whether the video plays (for documents and SCORM: whether the learner was active)
 * @param playbackRate the video's playback rate (1.0 for other lessons)
 * @param position     the video's current position in seconds; {@code null} for other lessons
 */
public record HeartbeatReport(long sequence, boolean visible, boolean playing, double playbackRate, Double position) {
}
