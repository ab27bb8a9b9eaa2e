package svo.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import svo.security.Role;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;

import static org.assertj.core.api.Assertions.assertThat;

/** Served over TLS with a given keystore: cookies become Secure (and __Host- prefixed) and HSTS is sent. */
class TlsTest {
    static final char[] PASSWORD = "keystore-password-for-tests".toCharArray();

    @Test
    void over_tls_the_cookies_are_secure_and_host_prefixed_and_hsts_is_sent(@TempDir Path dir) throws Exception {
        Path keystore = keystore(dir);
        try (WebTestServer s = WebTestServer.startTls(dir, keystore, PASSWORD, trusting(keystore))) {
            assertThat(s.app.baseUrl()).startsWith("https://");
            var form = s.get("/signin", null);
            assertThat(form.statusCode()).isEqualTo(200);
            assertThat(form.headers().firstValue("Strict-Transport-Security")).hasValue("max-age=31536000");
            assertThat(form.headers().allValues("Set-Cookie")).allMatch(c -> c.contains("; Secure"));

            s.user(Role.ANALYST);
            var a = s.signIn(Role.ANALYST);
            assertThat(a.cookie()).startsWith("__Host-svo_session=");
            assertThat(s.get("/home", a).statusCode()).isEqualTo(200);
            assertThat(s.get("/home", new WebTestServer.Account(a.cookie().replace("__Host-", ""), a.csrf())).statusCode())
                    .as("the plain cookie name means nothing over TLS").isEqualTo(303);
        }
    }

    /** A self-signed certificate for localhost and 127.0.0.1, made with the JDK's keytool. */
    static Path keystore(Path dir) throws Exception {
        Path ks = dir.resolve("test.p12");
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        Process p = new ProcessBuilder(keytool, "-genkeypair", "-alias", "svo", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=localhost", "-ext", "san=dns:localhost,ip:127.0.0.1", "-validity", "2",
                "-keystore", ks.toString(), "-storetype", "PKCS12", "-storepass", new String(PASSWORD),
                "-keypass", new String(PASSWORD)).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as(out).isZero();
        return ks;
    }

    static SSLContext trusting(Path keystore) throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            ks.load(in, PASSWORD);
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(ks);
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(null, tmf.getTrustManagers(), null);
        return ctx;
    }
}
