package io.onboarding.adapters.local.ocr;

import static org.bytedeco.tesseract.global.tesseract.PSM_SINGLE_BLOCK;
import static org.bytedeco.tesseract.global.tesseract.PSM_SINGLE_LINE;
import static org.bytedeco.tesseract.global.tesseract.PSM_SPARSE_TEXT;

import io.onboarding.adapters.local.ocr.AamvaParser.DateRole;
import io.onboarding.adapters.local.ocr.AamvaParser.NameAndAddress;
import io.onboarding.domain.model.ExtractedField;
import io.onboarding.domain.model.ExtractedIdDocument;
import io.onboarding.domain.model.IdExtraction;
import io.onboarding.domain.model.IdField;
import io.onboarding.domain.model.UnsupportedDocument;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.bytedeco.opencv.opencv_core.Mat;

/**
 * Reads one licence image with one engine, in two passes. The layout pass reads the whole card sparsely and finds
 * the anchors: the licence number (4d DLN) and the dates. The field pass crops each field's region (the number
 * right of its label, each date row and its label, the name and address lines right of their field numbers),
 * renders it several ways and votes. Not thread-safe: one reading per thread.
 */
final class LicenceReading {
    static final String NO_LICENCE_LAYOUT = "NO_LICENCE_LAYOUT";

    /** Renderings for the layout pass: together they find every anchor of the sample cards. */
    private static final List<Rendering> LAYOUT_RENDERINGS = List.of(Rendering.MIN_CHANNEL, Rendering.GRAY_OTSU);
    private static final List<Rendering> FIELD_RENDERINGS = List.of(Rendering.values());
    /** Cap height (px) crops are scaled to: Tesseract's LSTM reads 30-60 px text best. */
    private static final double VALUE_CAP_HEIGHT = 50;
    private static final double LABEL_CAP_HEIGHT = 52;

    /** Skew (degrees) below which the card is read as it is: row crops tolerate a few pixels of drift. */
    private static final double MIN_SKEW = 0.3;

    private final TesseractEngine engine;
    private LicenceImage image;

    LicenceReading(TesseractEngine engine, LicenceImage image) {
        this.engine = engine;
        this.image = image;
    }

    IdExtraction read() {
        double skew = image.skew();

        if (Math.abs(skew) >= MIN_SKEW) {
            image = image.levelled(skew);
        }
        List<OcrLine> layout = layoutLines();
        List<OcrWord> words = layout.stream().flatMap(l -> l.words().stream()).toList();
        Optional<OcrWord> numberWord = documentNumberWord(words);
        List<OcrWord> dateWords = dateWords(words);
        boolean licenceWords = words.stream().anyMatch(w -> AamvaParser.isLicenceWord(w.text()));
        if (numberWord.isEmpty() || dateWords.isEmpty() || !(licenceWords || labelledDate(dateWords, words))) {
            return new UnsupportedDocument(NO_LICENCE_LAYOUT);
        }
        OcrWord number = numberWord.get();
        int labelColumn = labelColumn(number, dateWords, words);
        FieldVotes votes = new FieldVotes();
        readDocumentNumber(number, labelColumn, votes);
        readDates(dateWords, labelColumn, votes);
        readNameAndAddress(number, dateWords, words, labelColumn, votes);
        readDocumentType(words, votes);
        return ExtractedIdDocument.of(checkDateOrder(votes.results()));
    }

    // ---------------------------------------------------------------- layout pass

    private List<OcrLine> layoutLines() {
        List<OcrLine> lines = new ArrayList<>();
        for (Rendering rendering : LAYOUT_RENDERINGS) {
            Mat rendered = image.render(image.bounds(), 1.0, rendering);
            lines.addAll(engine.recognise(rendered, PSM_SPARSE_TEXT, 0, 0, 1.0));
        }
        return lines;
    }

    /**
     * The word holding the licence number: a number-shaped word glued to or right after a DLN label if there is
     * one, else the topmost number-shaped word.
     */
    private static Optional<OcrWord> documentNumberWord(List<OcrWord> words) {
        List<OcrWord> candidates = words.stream()
                .filter(w -> AamvaParser.looksLikeDocumentNumber(w.text()))
                .toList();
        List<OcrWord> labels = words.stream().filter(w -> AamvaParser.isDocumentNumberLabel(w.text())
                || w.text().toUpperCase(Locale.ROOT).contains("DLN")).toList();
        Comparator<OcrWord> topmost = Comparator.comparingInt(w -> w.box().top());
        Optional<OcrWord> labelled = candidates.stream()
                .filter(c -> c.text().toUpperCase(Locale.ROOT).contains("DLN")
                        || labels.stream().anyMatch(l -> l.box().sameRowAs(c.box())
                        && l.box().left() <= c.box().left()
                        && c.box().left() - l.box().right() < 3 * c.capHeight()))
                .min(topmost);
        return labelled.or(() -> candidates.stream().min(topmost));
    }

    /** Whether some date has a date label (DOB, EXP, ISS, a field number) just left of it on its row. */
    private static boolean labelledDate(List<OcrWord> dateWords, List<OcrWord> words) {
        for (OcrWord date : dateWords) {
            for (OcrWord word : words) {
                if (word.box().sameRowAs(date.box()) && word.box().right() <= date.box().left()
                        && date.box().left() - word.box().right() < 3 * date.capHeight()
                        && AamvaParser.dateRole(word.text()).isPresent()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Words holding a date, one per printed date (the renderings' duplicates merged). */
    private static List<OcrWord> dateWords(List<OcrWord> words) {
        List<OcrWord> dates = new ArrayList<>();
        for (OcrWord word : words) {
            if (AamvaParser.date(word.text()).isEmpty()) {
                continue;
            }
            boolean duplicate = false;
            for (int i = 0; i < dates.size(); i++) {
                OcrWord known = dates.get(i);
                if (known.box().iou(word.box()) > 0.3) {
                    duplicate = true;
                    if (word.confidence() > known.confidence()) {
                        dates.set(i, word);
                    }
                }
            }
            if (!duplicate) {
                dates.add(word);
            }
        }
        dates.sort(Comparator.comparingInt(w -> w.box().top()));
        return dates;
    }

    /**
     * The left edge of the column of field numbers and labels: AAMVA cards align "4d DLN", "1", "2", "8", "3 DOB"
     * on one vertical. Taken from the licence-number word and the words left of the first date.
     */
    private static int labelColumn(OcrWord numberWord, List<OcrWord> dateWords, List<OcrWord> words) {
        int column = numberWord.box().left();
        OcrWord date = dateWords.get(0);
        for (OcrWord word : words) {
            if (word.box().sameRowAs(date.box()) && word.box().right() <= date.box().left()
                    && date.box().left() - word.box().left() < 6 * date.capHeight()) {
                column = Math.min(column, word.box().left());
            }
        }
        return column;
    }

    // ---------------------------------------------------------------- licence number (4d)

    private void readDocumentNumber(OcrWord word, int labelColumn, FieldVotes votes) {
        int cap = word.capHeight();
        Box search = new Box(Math.min(labelColumn, word.box().left()), word.box().top(), word.box().right(),
                word.box().bottom()).expand(cap / 4, cap / 2, 4 * cap, cap / 2, image.width(), image.height());
        Optional<Box> span = inkRowAt(search, word.box(), 1.2);
        if (span.isEmpty()) {
            return;
        }
        Box ink = span.get();
        int inkCap = ink.height();
        Box value = ink.expand(Math.max(2, inkCap / 10), inkCap / 3, inkCap / 3, inkCap / 3,
                image.width(), image.height());
        double scale = scaleFor(inkCap, VALUE_CAP_HEIGHT);
        for (Rendering rendering : FIELD_RENDERINGS) {
            for (OcrLine line : recognise(value, scale, rendering, PSM_SINGLE_LINE)) {
                List<OcrWord> large = largePrint(line);
                if (large.isEmpty() || !covers(large, ink, inkCap)) {
                    continue;   // a partial read of a number is a wrong number
                }
                String text = large.stream().map(OcrWord::text).collect(Collectors.joining(" "));
                double confidence = large.stream().mapToDouble(OcrWord::confidence).min().orElse(0);
                AamvaParser.documentNumber(text)
                        .ifPresent(number -> votes.add(IdField.DOCUMENT_NUMBER, number, confidence));
            }
        }
    }

    /** The large-print run of the ink row that {@code anchor} sits on, within {@code search}. */
    private Optional<Box> inkRowAt(Box search, Box anchor, double gapCaps) {
        return image.inkRows(search, gapCaps).stream()
                .map(LicenceImage.InkRow::box)
                .filter(row -> row.sameRowAs(anchor))
                .findFirst();
    }

    /** Whether the words read span the ink they were read from, give or take half a character. */
    private static boolean covers(List<OcrWord> words, Box ink, int cap) {
        int left = words.get(0).box().left();
        int right = words.get(words.size() - 1).box().right();
        return left <= ink.left() + 0.6 * cap && right >= ink.right() - 0.6 * cap;
    }

    /**
     * The words of a line in its large print: smaller words at either end (a label, the next field's number) and
     * words without a letter or digit (guilloche read as punctuation) dropped.
     */
    private static List<OcrWord> largePrint(OcrLine line) {
        int tall = line.words().stream().mapToInt(OcrWord::capHeight).max().orElse(0);
        List<OcrWord> words = new ArrayList<>(line.words());
        words.removeIf(w -> w.text().chars().noneMatch(Character::isLetterOrDigit));
        while (!words.isEmpty() && words.get(0).capHeight() < 0.7 * tall) {
            words.remove(0);
        }
        while (!words.isEmpty() && words.get(words.size() - 1).capHeight() < 0.7 * tall) {
            words.remove(words.size() - 1);
        }
        return words;
    }

    // ---------------------------------------------------------------- dates (3, 4a, 4b)

    /** The dates read on one date row (with the best confidence of each) and the renderings' votes on its label. */
    private record DateReading(Map<LocalDate, Double> values, Map<DateRole, Integer> roleVotes) {
    }

    private void readDates(List<OcrWord> dateWords, int labelColumn, FieldVotes votes) {
        List<DateReading> readings = new ArrayList<>();
        for (OcrWord word : dateWords) {
            readings.add(readDate(word.box(), word.capHeight(), labelColumn));
        }
        for (Box row : moreDateRows(dateWords)) {
            readings.add(readDate(row, row.height(), labelColumn));
        }
        Map<DateRole, DateReading> roles = assignRoles(readings);
        roles.forEach((role, reading) -> reading.values().forEach((date, confidence) ->
                votes.addDate(field(role), date, confidence)));
    }

    /**
     * Date rows the layout pass missed (security print over a date can hide it from a whole-card read): rows of
     * large print below the first date that start in the column the found dates start in and are about as wide as
     * a {@code MM/DD/YYYY} date.
     */
    private List<Box> moreDateRows(List<OcrWord> dateWords) {
        if (dateWords.isEmpty()) {
            return List.of();
        }
        int[] lefts = dateWords.stream().mapToInt(w -> w.box().left()).sorted().toArray();
        int column = lefts[lefts.length / 2];
        int cap = (int) Math.round(dateWords.stream().mapToInt(OcrWord::capHeight).average().orElse(0));
        int width = (int) Math.round(dateWords.stream().mapToInt(w -> w.box().width()).max().orElse(0));
        Box search = new Box(Math.max(0, column - cap), dateWords.get(0).box().top() - cap / 2,
                Math.min(image.width(), column + width + 2 * cap), image.height());
        List<Box> rows = new ArrayList<>();
        for (LicenceImage.InkRow row : image.inkRows(search.expand(0, 0, 0, 0, image.width(), image.height()), 1.0)) {
            Box box = row.box();
            boolean aligned = Math.abs(box.left() - column) <= 0.6 * cap;
            boolean dateWide = box.width() >= 0.75 * width && box.width() <= 1.3 * width;
            boolean known = dateWords.stream().anyMatch(w -> w.box().sameRowAs(box));
            if (aligned && dateWide && !known) {
                rows.add(box);
            }
        }
        return rows;
    }

    /**
     * Reads one date row: the date from a crop of the row (its label included, which helps Tesseract segment),
     * the label from a crop of the label alone, enlarged: labels are printed small.
     */
    private DateReading readDate(Box dateBox, int cap, int labelColumn) {
        // the label sits between the label column and the date, at most five characters wide
        int labelLeft = Math.max(0, Math.max(dateBox.left() - 5 * cap, Math.min(labelColumn, dateBox.left() - cap)
                - cap / 4));
        Box search = new Box(dateBox.left(), dateBox.top(), dateBox.right(), dateBox.bottom())
                .expand(cap / 2, cap / 2, 3 * cap, cap / 2, image.width(), image.height());
        Box ink = inkRowAt(search, dateBox, 1.0).orElse(dateBox);
        int inkCap = ink.height();
        Box row = new Box(labelLeft, ink.top(), ink.right(), ink.bottom())
                .expand(0, inkCap / 3, inkCap / 3, inkCap / 3, image.width(), image.height());
        double scale = scaleFor(inkCap, VALUE_CAP_HEIGHT);
        Map<LocalDate, Double> values = new LinkedHashMap<>();
        for (Rendering rendering : FIELD_RENDERINGS) {
            for (OcrLine line : recognise(row, scale, rendering, PSM_SINGLE_LINE)) {
                for (OcrWord w : line.words()) {
                    boolean onTheDate = w.box().right() > ink.left() && w.box().left() < ink.right();
                    if (onTheDate) {
                        AamvaParser.date(w.text()).ifPresent(date -> values.merge(date, w.confidence(), Math::max));
                    }
                }
            }
        }
        Map<DateRole, Integer> roleVotes = new EnumMap<>(DateRole.class);
        int labelRight = ink.left() - Math.max(2, inkCap / 8);
        if (labelRight - labelLeft > inkCap) {
            int labelCap = Math.max(8, (int) Math.round(0.62 * inkCap));
            Box label = new Box(labelLeft, ink.top(), labelRight, ink.bottom())
                    .expand(0, inkCap / 2, 0, inkCap / 2, image.width(), image.height());
            double labelScale = scaleFor(labelCap, LABEL_CAP_HEIGHT);
            for (Rendering rendering : FIELD_RENDERINGS) {
                String text = recognise(label, labelScale, rendering, PSM_SINGLE_LINE).stream()
                        .map(OcrLine::text).collect(Collectors.joining(" "));
                AamvaParser.dateRole(text).ifPresent(role -> roleVotes.merge(role, 1, Integer::sum));
            }
        }
        return new DateReading(values, roleVotes);
    }

    /**
     * Gives each date a role: by its label where the renderings agree on one, then the rest by time order, since
     * on a licence the birth date comes before the issue date, which comes before the expiry date.
     */
    private static Map<DateRole, DateReading> assignRoles(List<DateReading> readings) {
        Map<DateRole, DateReading> roles = new EnumMap<>(DateRole.class);
        List<DateReading> unlabelled = new ArrayList<>();
        for (DateReading reading : readings) {
            if (reading.values().isEmpty()) {
                continue;
            }
            Optional<DateRole> role = reading.roleVotes().entrySet().stream()
                    .max(Map.Entry.comparingByValue())
                    .filter(e -> e.getValue() >= 2)
                    .map(Map.Entry::getKey);
            if (role.isPresent() && !roles.containsKey(role.get())) {
                roles.put(role.get(), reading);
            } else {
                unlabelled.add(reading);
            }
        }
        List<DateRole> open = new ArrayList<>();
        for (DateRole role : DateRole.values()) {
            if (!roles.containsKey(role)) {
                open.add(role);
            }
        }
        if (!unlabelled.isEmpty() && unlabelled.size() == open.size()) {
            unlabelled.sort(Comparator.comparing(LicenceReading::mostLikely));
            for (int i = 0; i < open.size(); i++) {
                roles.put(open.get(i), unlabelled.get(i));
            }
        }
        return roles;
    }

    private static LocalDate mostLikely(DateReading reading) {
        return reading.values().entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    private static IdField field(DateRole role) {
        return switch (role) {
            case BIRTH -> IdField.DATE_OF_BIRTH;
            case ISSUE -> IdField.DATE_OF_ISSUE;
            case EXPIRY -> IdField.EXPIRATION_DATE;
        };
    }

    /** Dates out of their natural order (birth, issue, expiry) were misread or mislabelled: low confidence. */
    private static Map<IdField, ExtractedField> checkDateOrder(Map<IdField, ExtractedField> fields) {
        List<IdField> order = List.of(IdField.DATE_OF_BIRTH, IdField.DATE_OF_ISSUE, IdField.EXPIRATION_DATE);
        Map<IdField, ExtractedField> checked = new EnumMap<>(IdField.class);
        checked.putAll(fields);
        for (int i = 0; i < order.size(); i++) {
            for (int j = i + 1; j < order.size(); j++) {
                ExtractedField earlier = fields.get(order.get(i));
                ExtractedField later = fields.get(order.get(j));
                if (earlier != null && later != null && earlier.normalizedDate().isPresent()
                        && later.normalizedDate().isPresent()
                        && !earlier.normalizedDate().get().isBefore(later.normalizedDate().get())) {
                    checked.put(order.get(i), FieldVotes.capped(checked.get(order.get(i)), 40));
                    checked.put(order.get(j), FieldVotes.capped(checked.get(order.get(j)), 40));
                }
            }
        }
        return checked;
    }

    // ---------------------------------------------------------------- name and address (1, 2, 8)

    private void readNameAndAddress(OcrWord numberWord, List<OcrWord> dateWords, List<OcrWord> words,
                                    int labelColumn, FieldVotes votes) {
        int top = numberWord.box().bottom();
        Optional<OcrWord> firstDateBelow = dateWords.stream().filter(d -> d.box().top() > top).findFirst();
        if (firstDateBelow.isEmpty()) {
            return;
        }
        int cap = firstDateBelow.get().capHeight();
        int bottom = firstDateBelow.get().box().top() - cap / 5;
        if (bottom - top < cap) {
            return;
        }
        int right = numberWord.box().right();
        for (OcrWord word : words) {
            boolean inBlock = word.box().top() >= top && word.box().bottom() <= bottom + cap / 2;
            if (inBlock && word.box().left() >= labelColumn && word.box().left() < numberWord.box().right()
                    && word.confidence() >= 50) {
                right = Math.max(right, word.box().right());
            }
        }
        Box block = new Box(Math.max(0, labelColumn - Math.max(2, cap / 8)), top + cap / 8,
                Math.min(image.width(), right + 2 * cap), bottom);
        List<Box> rows = image.inkRows(block, 1.5).stream().map(LicenceImage.InkRow::box).toList();
        if (rows.size() < 2) {
            return;
        }
        int rowCap = (int) Math.round(rows.stream().mapToInt(Box::height).average().orElse(cap));
        int valueLeft = rows.stream().mapToInt(Box::left).min().orElseThrow();
        int valueRight = rows.stream().mapToInt(Box::right).max().orElseThrow();
        Box values = new Box(Math.max(block.left(), valueLeft - Math.max(2, rowCap / 8)), block.top(),
                Math.min(image.width(), valueRight + rowCap), block.bottom());
        double scale = scaleFor(rowCap, VALUE_CAP_HEIGHT);
        for (Rendering rendering : FIELD_RENDERINGS) {
            List<OcrLine> lines = recognise(values, scale, rendering, PSM_SINGLE_BLOCK);
            List<Optional<OcrLine>> perRow = new ArrayList<>();
            for (Box row : rows) {
                Optional<OcrLine> line = lineOn(row, lines, rowCap);
                if (line.isEmpty()) {
                    // rows that run together defeat the block segmentation; a crop of the row alone often reads
                    Box alone = new Box(values.left(), row.top(), values.right(), row.bottom())
                            .expand(0, rowCap / 6, 0, rowCap / 6, image.width(), image.height());
                    line = lineOn(row, recognise(alone, scale, rendering, PSM_SINGLE_LINE), rowCap);
                }
                perRow.add(line);
            }
            NameAndAddress read = AamvaParser.nameAndAddress(perRow);
            votes.add(IdField.LAST_NAME, read.familyName());
            votes.add(IdField.FIRST_NAME, read.firstName());
            votes.add(IdField.MIDDLE_NAME, read.middleNames());
            votes.add(IdField.ADDRESS, read.street());
            votes.add(IdField.CITY_IN_ADDRESS, read.city());
            votes.add(IdField.STATE_IN_ADDRESS, read.state());
            votes.add(IdField.ZIP_CODE_IN_ADDRESS, read.zip());
        }
    }

    /**
     * The OCR line printed on an ink row: its words that sit on the row (centred on it, not taller than one and a
     * half rows: a word spanning two rows is a merge of both), if they span the row. A line that covers only part
     * of its row (Tesseract skipped characters it could not segment) is no reading of it.
     */
    private static Optional<OcrLine> lineOn(Box row, List<OcrLine> lines, int cap) {
        for (OcrLine line : lines) {
            Optional<OcrLine> cleaned = AamvaParser.cleaned(line);
            if (cleaned.isEmpty()) {
                continue;
            }
            List<OcrWord> onRow = cleaned.get().words().stream().filter(w -> sitsOn(w.box(), row)).toList();
            if (!onRow.isEmpty() && covers(onRow, row, cap)) {
                return Optional.of(new OcrLine(onRow));
            }
        }
        return Optional.empty();
    }

    private static boolean sitsOn(Box word, Box row) {
        double slack = 0.25 * row.height();
        return word.height() <= 1.5 * row.height()
                && word.centerY() >= row.top() - slack && word.centerY() <= row.bottom() + slack;
    }

    // ---------------------------------------------------------------- document type

    /** "DRIVER LICENSE" printed on the card: AnalyzeID's ID_TYPE for it is {@code DRIVER LICENSE FRONT}. */
    private static void readDocumentType(List<OcrWord> words, FieldVotes votes) {
        for (OcrWord driver : words) {
            if (!driver.text().equalsIgnoreCase("DRIVER")) {
                continue;
            }
            for (OcrWord licence : words) {
                String text = licence.text().toUpperCase(Locale.ROOT);
                if ((text.equals("LICENSE") || text.equals("LICENCE")) && licence.box().sameRowAs(driver.box())
                        && licence.box().left() > driver.box().left()) {
                    votes.add(IdField.ID_TYPE, "DRIVER LICENSE FRONT",
                            Math.min(driver.confidence(), licence.confidence()));
                }
            }
        }
    }

    // ---------------------------------------------------------------- helpers

    private List<OcrLine> recognise(Box region, double scale, Rendering rendering, int pageSegMode) {
        if (region.width() < 4 || region.height() < 4) {
            return List.of();
        }
        Box clipped = region.expand(0, 0, 0, 0, image.width(), image.height());
        double bounded = Scaling.renderScale(clipped.width(), clipped.height(), scale);
        Mat rendered = image.render(region, bounded, rendering);
        return engine.recognise(rendered, pageSegMode, region.left(), region.top(), bounded);
    }

    private static double scaleFor(int capHeight, double target) {
        return Math.max(0.5, Math.min(4.0, target / Math.max(1, capHeight)));
    }
}
