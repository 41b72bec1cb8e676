import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Benchmark helper, run as a single-file program: {@code java RenamedCopies.java <samples dir> <out dir> <count>}
 * writes {@code count} copies of the three sample packages, cycling through them, each under a new application id
 * ({@code b0001-8d247914} ...) with its entries renamed to match, so that every copy is a new application.
 */
public class RenamedCopies {
    private static final List<String> SAMPLES = List.of("8d247914", "7a135804", "9c358026");

    public static void main(String[] args) throws IOException {
        Path samples = Path.of(args[0]);
        Path out = Files.createDirectories(Path.of(args[1]));
        int count = Integer.parseInt(args[2]);
        for (int i = 1; i <= count; i++) {
            String sample = SAMPLES.get((i - 1) % SAMPLES.size());
            String id = String.format("b%04d-%s", i, sample);
            try (var in = new ZipInputStream(Files.newInputStream(samples.resolve(sample + ".zip")));
                 OutputStream file = Files.newOutputStream(out.resolve(id + ".zip"));
                 var zip = new ZipOutputStream(file)) {
                for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                    zip.putNextEntry(new ZipEntry(entry.getName().replace(sample, id)));
                    ((InputStream) in).transferTo(zip);
                    zip.closeEntry();
                }
            }
        }
    }
}
