package svo.web;

import io.javalin.http.Context;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * The few files pages need (one stylesheet, one script, the icon), shipped in the jar and served from
 * memory. Their URLs carry a hash of the content, so browsers may keep them for a year and still never
 * use a stale copy. Nothing is loaded from the internet.
 */
final class Assets {
    private record Asset(byte[] bytes, String type, String hash) {}

    private final Map<String, Asset> files;

    Assets() {
        files = Map.of(
                "app.css", load("app.css", "text/css; charset=utf-8"),
                "app.js", load("app.js", "text/javascript; charset=utf-8"),
                "favicon.svg", load("favicon.svg", "image/svg+xml"));
    }

    /** The versioned URL of a file, e.g. {@code /static/app.css?v=3f2a9c1b}. */
    String url(String name) {
        Asset a = files.get(name);
        if (a == null) throw new IllegalArgumentException("no asset " + name);
        return "/static/" + name + "?v=" + a.hash();
    }

    void serve(Context ctx) {
        Asset a = files.get(ctx.pathParam("file"));
        if (a == null) throw new Problems.Missing("There is no file " + ctx.pathParam("file") + ".");
        boolean versioned = a.hash().equals(ctx.queryParam("v"));
        ctx.header("Cache-Control", versioned ? "public, max-age=31536000, immutable" : "no-cache");
        ctx.contentType(a.type()).result(a.bytes());
    }

    private static Asset load(String name, String type) {
        try (InputStream in = Assets.class.getResourceAsStream("/svo/web/static/" + name)) {
            if (in == null) throw new IllegalStateException("missing resource /svo/web/static/" + name);
            byte[] bytes = in.readAllBytes();
            String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 12);
            return new Asset(bytes, type, hash);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
