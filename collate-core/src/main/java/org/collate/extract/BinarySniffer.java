package org.collate.extract;

/**
 * Recognises content that is not text: well-known file signatures first (so the message can say "PNG image"),
 * then NUL bytes or a high share of control characters in the first 8 KB.
 */
final class BinarySniffer {

    private record Signature(String name, int offset, byte[] magic) {
        static Signature of(String name, int offset, int... bytes) {
            byte[] magic = new byte[bytes.length];
            for (int i = 0; i < bytes.length; i++) {
                magic[i] = (byte) bytes[i];
            }
            return new Signature(name, offset, magic);
        }

        boolean matches(byte[] data) {
            if (data.length < offset + magic.length) {
                return false;
            }
            for (int i = 0; i < magic.length; i++) {
                if (data[offset + i] != magic[i]) {
                    return false;
                }
            }
            return true;
        }
    }

    private static final Signature[] SIGNATURES = {
            Signature.of("PNG image", 0, 0x89, 'P', 'N', 'G'),
            Signature.of("JPEG image", 0, 0xFF, 0xD8, 0xFF),
            Signature.of("GIF image", 0, 'G', 'I', 'F', '8'),
            Signature.of("WebP image", 8, 'W', 'E', 'B', 'P'),
            Signature.of("PDF document", 0, '%', 'P', 'D', 'F'),
            Signature.of("zip archive", 0, 'P', 'K', 0x03, 0x04),
            Signature.of("zip archive", 0, 'P', 'K', 0x05, 0x06),
            Signature.of("gzip data inside gzip", 0, 0x1F, 0x8B),
            Signature.of("7-Zip archive", 0, '7', 'z', 0xBC, 0xAF),
            Signature.of("RAR archive", 0, 'R', 'a', 'r', '!'),
            Signature.of("xz data", 0, 0xFD, '7', 'z', 'X', 'Z'),
            Signature.of("ELF executable", 0, 0x7F, 'E', 'L', 'F'),
            Signature.of("Java class file", 0, 0xCA, 0xFE, 0xBA, 0xBE),
            Signature.of("SQLite database", 0, 'S', 'Q', 'L', 'i', 't', 'e', ' '),
            Signature.of("MP4 video", 4, 'f', 't', 'y', 'p'),
            Signature.of("Ogg media", 0, 'O', 'g', 'g', 'S'),
            Signature.of("WOFF font", 0, 'w', 'O', 'F', 'F'),
            Signature.of("Microsoft Office document", 0, 0xD0, 0xCF, 0x11, 0xE0),
    };

    private BinarySniffer() {
    }

    /** A short description of the binary format, or null when the bytes look like text. */
    static String describe(byte[] data) {
        for (Signature s : SIGNATURES) {
            if (s.matches(data)) {
                return s.name;
            }
        }
        int n = Math.min(data.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = data[i] & 0xff;
            if (b == 0) {
                return "contains NUL bytes";
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1B) {
                control++;
            }
        }
        if (n > 0 && control > n * 0.05) {
            return "mostly control characters";
        }
        return null;
    }
}
