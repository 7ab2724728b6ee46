package vn.hanoi.danvan.api.petitions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.hanoi.danvan.api.ApiTest;

class PetitionAttachmentsTest extends ApiTest {

    private static final byte[] PDF =
            "%PDF-1.4\n1 0 obj << >> endobj\ntrailer\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private PetitionsApiTest.Received receive(String kind) {
        Response response = graphQl(
                "officer.hoankiem",
                PetitionsApiTest.RECEIVE,
                Map.of(
                        "input",
                        Map.of(
                                "kinds", List.of(kind),
                                "channel", "POST",
                                "subject", PetitionsApiTest.unique("Đơn có tài liệu kèm theo"),
                                "matter", "Kèm theo bản chụp giấy tờ.",
                                "petitioners", List.of(Map.of("fullName", "Tạ Văn Kèm")))));
        return PetitionsApiTest.Received.from(response);
    }

    private HttpResponse<byte[]> upload(String user, String petitionId, String fileName, byte[] content)
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
                        HttpRequest.newBuilder(URI.create(
                                        "http://localhost:" + port + "/api/petitions/" + petitionId + "/attachments"))
                                .header("Authorization", "Bearer " + token(user))
                                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<byte[]> download(String user, String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .header("Authorization", "Bearer " + token(user))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void aPdfIsAttachedListedAndDownloadedIntact() throws Exception {
        PetitionsApiTest.Received petition = receive("COMPLAINT");

        HttpResponse<byte[]> uploaded = upload("officer.hoankiem", petition.id(), "quyết-định số 12.pdf", PDF);
        assertThat(uploaded.statusCode())
                .as(new String(uploaded.body(), StandardCharsets.UTF_8))
                .isEqualTo(201);

        Response listed = graphQl(
                "officer.hoankiem",
                "query($id: ID!) { petition(id: $id) { attachments { name mediaType sizeBytes sha256 downloadPath }"
                        + " timeline { action } } }",
                Map.of("id", petition.id()));
        assertThat(listed.<String>read("$.data.petition.attachments[0].name")).isEqualTo("quyết-định số 12.pdf");
        assertThat(listed.<String>read("$.data.petition.attachments[0].sha256"))
                .isEqualTo(HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(PDF)));
        assertThat(listed.<List<String>>read("$.data.petition.timeline[*].action"))
                .contains("ATTACH");

        HttpResponse<byte[]> downloaded =
                download("officer.hoankiem", listed.read("$.data.petition.attachments[0].downloadPath"));
        assertThat(downloaded.statusCode()).isEqualTo(200);
        assertThat(downloaded.body()).isEqualTo(PDF);
        assertThat(downloaded.headers().firstValue("Content-Type")).hasValue("application/pdf");
    }

    @Test
    void filesOfTheWrongKindOrWithAForgedTypeAreRefused() throws Exception {
        PetitionsApiTest.Received petition = receive("REFLECTION");

        assertThat(upload("officer.hoankiem", petition.id(), "script.exe", PDF).statusCode())
                .isEqualTo(400);
        HttpResponse<byte[]> forged = upload("officer.hoankiem", petition.id(), "photo.png", PDF);
        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(new String(forged.body(), StandardCharsets.UTF_8)).contains("BAD_USER_INPUT");
    }

    @Test
    void aDenunciationsFilesAreForItsHandlerAndLeadersOnly() throws Exception {
        PetitionsApiTest.Received denunciation = receive("DENUNCIATION");
        assertThat(upload("officer.hoankiem", denunciation.id(), "don-to-cao.pdf", PDF)
                        .statusCode())
                .isEqualTo(201);

        Response clerk = graphQl(
                "clerk.hoankiem",
                "query($id: ID!) { petition(id: $id) { attachments { name } } }",
                Map.of("id", denunciation.id()));
        assertThat(clerk.<List<Object>>read("$.data.petition.attachments")).isEmpty();
        Response leader = graphQl(
                "leader.hoankiem",
                "query($id: ID!) { petition(id: $id) { attachments { downloadPath } } }",
                Map.of("id", denunciation.id()));
        String path = leader.<List<String>>read("$.data.petition.attachments[*].downloadPath")
                .getFirst();

        assertThat(download("clerk.hoankiem", path).statusCode()).isEqualTo(403);
        assertThat(download("officer.badinh", path).statusCode()).isEqualTo(404);
        assertThat(download("leader.hoankiem", path).body()).isEqualTo(PDF);
        assertThat(upload("clerk.hoankiem", denunciation.id(), "them.pdf", PDF).statusCode())
                .isEqualTo(403);
    }
}
