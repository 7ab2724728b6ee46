package vn.hanoi.danvan.api.directives;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The unit's feed, and evidence files on a report. */
class DirectiveFeedTest extends DirectiveFixtures {

    private static final byte[] PDF =
            "%PDF-1.4\n1 0 obj << >> endobj\ntrailer\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    DirectiveReminders reminders;

    @Test
    void aNewAssignmentAndAnApproachingDeadlineSurfaceInTheUnitsFeedOnce() {
        LocalDate today = LocalDate.now(DirectiveCalendar.HANOI);
        String task = oneOffTask(directive(), today.plusDays(3).toString());
        String assignment = assignTo(task, HOAN_KIEM).get(HOAN_KIEM);
        assertThat(graphQl(HOAN_KIEM, ASSIGNMENT, Map.of("id", assignment))
                        .<String>read("$.data.directiveAssignment.status"))
                .isEqualTo("NOT_STARTED");

        reminders.remind(today);
        reminders.remind(today);

        Response feed = graphQl(
                HOAN_KIEM, "{ directiveFeed(first: 200) { edges { node { kind assignmentId dueOn message } } } }");
        List<String> kinds = feed.json()
                .read("$.data.directiveFeed.edges[?(@.node.assignmentId == '" + assignment + "')].node.kind");
        assertThat(kinds).containsExactly("DEADLINE_APPROACHING", "NEW_ASSIGNMENT");
        assertThat(graphQl(BA_DINH, "{ directiveFeed(first: 200) { edges { node { assignmentId } } } }")
                        .body())
                .doesNotContain(assignment);
        assertThat(graphQl(SUPERVISOR, "{ directiveFeed { totalCount } }").errorCode())
                .isEqualTo("FORBIDDEN");
    }

    @Test
    void evidenceIsAttachedToAReportAndReadByTheCityButNotAnotherUnit() throws Exception {
        String task = oneOffTask(directive(), "2026-12-31");
        String assignment = assignTo(task, HOAN_KIEM).get(HOAN_KIEM);
        String report = report(HOAN_KIEM, assignment, 50, null).read("$.data.reportDirectiveProgress.id");

        HttpResponse<String> uploaded = upload(HOAN_KIEM, report, "bien-ban-hop-dan.pdf", PDF);
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        assertThat(upload(BA_DINH, report, "x.pdf", PDF).statusCode()).isEqualTo(404);
        assertThat(upload(HOAN_KIEM, report, "x.exe", PDF).statusCode()).isEqualTo(400);

        Response read = graphQl(
                SUPERVISOR,
                "query($id: ID!) { node(id: $id) { ... on DirectiveReport { attachments { name downloadPath } } } }",
                Map.of("id", report));
        assertThat(read.<String>read("$.data.node.attachments[0].name")).isEqualTo("bien-ban-hop-dan.pdf");
        String path = read.read("$.data.node.attachments[0].downloadPath");
        assertThat(download(SUPERVISOR, path).body()).isEqualTo(PDF);
        assertThat(download(BA_DINH, path).statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> upload(String user, String reportId, String fileName, byte[] content)
            throws IOException, InterruptedException {
        String boundary = "danvan-test-boundary";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/directive-reports/"
                                        + reportId + "/attachments"))
                                .header("Authorization", "Bearer " + token(user))
                                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<byte[]> download(String user, String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .header("Authorization", "Bearer " + token(user))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
    }
}
