package svo.ingest;

import svo.BadInputException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A file about to be imported, read once up front: its SHA-256 (to skip a file already loaded), its size
 * (for progress), and its encoding — UTF-8 (with or without byte-order mark) when every byte is valid
 * UTF-8, otherwise Windows-1252, the encoding Excel writes in the UK. A file with NUL bytes is not a CSV
 * text file and is refused.
 */
public record SourceFile(Path path, String name, long size, String sha256, Charset charset, boolean bom) {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** Reads the file once to learn checksum and encoding. */
    public static SourceFile inspect(Path path) {
        return inspect(path, path.getFileName().toString());
    }

    /** As {@link #inspect(Path)}, with the name to record (an upload keeps the name the user gave). */
    public static SourceFile inspect(Path path, String displayName) {
        if (!Files.isRegularFile(path)) {
            throw new BadInputException(displayName + ": no such file (looked for " + path.toAbsolutePath() + ").");
        }
        try (InputStream in = Files.newInputStream(path)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
            byte[] buf = new byte[1 << 20];
            ByteBuffer pending = ByteBuffer.allocate((1 << 20) + 8);
            CharBuffer sink = CharBuffer.allocate(1 << 20);
            boolean valid = true;
            boolean first = true;
            boolean bom = false;
            long size = 0;
            int n;
            while ((n = in.read(buf)) > 0) {
                sha.update(buf, 0, n);
                if (first) {
                    bom = n >= 3 && (buf[0] & 0xFF) == 0xEF && (buf[1] & 0xFF) == 0xBB && (buf[2] & 0xFF) == 0xBF;
                    first = false;
                }
                for (int i = 0; i < n; i++) {
                    if (buf[i] == 0) {
                        throw new BadInputException(displayName + ": this is not a CSV text file (it holds binary data at byte "
                                + (size + i) + "). If it is a spreadsheet, save it as CSV first.");
                    }
                }
                size += n;
                if (valid) {
                    pending.put(buf, 0, n);
                    pending.flip();
                    while (true) {
                        sink.clear();
                        CoderResult r = utf8.decode(pending, sink, false);
                        if (r.isError()) {
                            valid = false;
                            break;
                        }
                        if (r.isUnderflow()) break;
                    }
                    pending.compact();
                }
            }
            if (valid) {
                pending.flip();
                sink.clear();
                if (utf8.decode(pending, sink, true).isError() || pending.hasRemaining()) valid = false;
            }
            return new SourceFile(path, displayName, size, HexFormat.of().formatHex(sha.digest()),
                    valid ? StandardCharsets.UTF_8 : WINDOWS_1252, valid && bom);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The encoding as recorded on the batch: "UTF-8", "UTF-8 with BOM" or "windows-1252". */
    public String encodingLabel() {
        return charset.equals(StandardCharsets.UTF_8) ? (bom ? "UTF-8 with BOM" : "UTF-8") : "windows-1252";
    }
}
