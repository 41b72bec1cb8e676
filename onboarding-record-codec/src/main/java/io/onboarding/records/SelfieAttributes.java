package io.onboarding.records;

import io.onboarding.domain.decision.SelfieIssue;
import io.onboarding.domain.decision.SelfieQuality;
import io.onboarding.domain.model.FaceTrait;
import io.onboarding.domain.model.HeadPose;
import io.onboarding.domain.model.SelfieFace;
import io.onboarding.domain.model.SelfieFaces;
import io.onboarding.domain.model.SelfieInspection;
import io.onboarding.domain.model.SelfieNotInspected;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/** The selfie check as the map {@link ApplicationRecordCodec#SELFIE_QUALITY} documents, and back. */
final class SelfieAttributes {
    private static final String WIDTH_SHARE = "widthShare";
    private static final String HEIGHT_SHARE = "heightShare";
    private static final String CONFIDENCE = "confidence";
    private static final String YAW = "yaw";
    private static final String PITCH = "pitch";
    private static final String ROLL = "roll";
    private static final String SHARPNESS = "sharpness";
    private static final String BRIGHTNESS = "brightness";
    private static final String EYES_OPEN = "eyesOpen";
    private static final String SUNGLASSES = "sunglasses";
    private static final String PRESENT = "present";

    private SelfieAttributes() {
    }

    static Map<String, Object> of(SelfieQuality quality) {
        var attributes = new LinkedHashMap<String, Object>();
        attributes.put(ApplicationRecordCodec.SELFIE_RESULT,
                quality.inspected() ? ApplicationRecordCodec.INSPECTED : ApplicationRecordCodec.NOT_INSPECTED);
        attributes.put(ApplicationRecordCodec.SELFIE_ISSUES, quality.issues().stream().map(Enum::name).toList());
        if (quality.inspection() instanceof SelfieFaces found) {
            attributes.put(ApplicationRecordCodec.SELFIE_FACES,
                    found.faces().stream().map(SelfieAttributes::face).toList());
        }
        return Collections.unmodifiableMap(attributes);
    }

    private static Map<String, Object> face(SelfieFace face) {
        var attributes = new LinkedHashMap<String, Object>();
        attributes.put(WIDTH_SHARE, BigDecimal.valueOf(face.widthShare()));
        attributes.put(HEIGHT_SHARE, BigDecimal.valueOf(face.heightShare()));
        put(attributes, CONFIDENCE, face.confidence());
        put(attributes, YAW, face.pose().yaw());
        put(attributes, PITCH, face.pose().pitch());
        put(attributes, ROLL, face.pose().roll());
        put(attributes, SHARPNESS, face.sharpness());
        put(attributes, BRIGHTNESS, face.brightness());
        face.eyesOpen().ifPresent(trait -> attributes.put(EYES_OPEN, trait(trait)));
        face.sunglasses().ifPresent(trait -> attributes.put(SUNGLASSES, trait(trait)));
        return Collections.unmodifiableMap(attributes);
    }

    private static void put(Map<String, Object> attributes, String name, OptionalDouble value) {
        value.ifPresent(v -> attributes.put(name, BigDecimal.valueOf(v)));
    }

    private static Map<String, Object> trait(FaceTrait trait) {
        var attributes = new LinkedHashMap<String, Object>();
        attributes.put(PRESENT, trait.present());
        attributes.put(CONFIDENCE, BigDecimal.valueOf(trait.confidence()));
        return Collections.unmodifiableMap(attributes);
    }

    /** The selfie check under {@code name} of {@code parent}; errors name the attribute's path, never a value. */
    static SelfieQuality read(AttributeReader parent, String name) {
        AttributeReader selfie = parent.nested(name);
        String result = selfie.string(ApplicationRecordCodec.SELFIE_RESULT);
        var issues = new ArrayList<SelfieIssue>();
        for (String code : selfie.strings(ApplicationRecordCodec.SELFIE_ISSUES)) {
            issues.add(selfie.code(SelfieIssue.class, ApplicationRecordCodec.SELFIE_ISSUES, code));
        }
        SelfieInspection inspection = switch (result) {
            case ApplicationRecordCodec.INSPECTED -> faces(selfie);
            case ApplicationRecordCodec.NOT_INSPECTED -> new SelfieNotInspected();
            default -> throw new IllegalArgumentException("attribute " + name + "."
                    + ApplicationRecordCodec.SELFIE_RESULT + " has an unknown value");
        };
        return parent.valid(name, () -> new SelfieQuality(inspection, issues));
    }

    private static SelfieFaces faces(AttributeReader selfie) {
        List<AttributeReader> entries = selfie.nestedList(ApplicationRecordCodec.SELFIE_FACES);
        var faces = new ArrayList<SelfieFace>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            AttributeReader face = entries.get(i);
            double width = face.doubleNumber(WIDTH_SHARE);
            double height = face.doubleNumber(HEIGHT_SHARE);
            OptionalDouble confidence = face.optionalDouble(CONFIDENCE);
            OptionalDouble yaw = face.optionalDouble(YAW);
            OptionalDouble pitch = face.optionalDouble(PITCH);
            OptionalDouble roll = face.optionalDouble(ROLL);
            OptionalDouble sharpness = face.optionalDouble(SHARPNESS);
            OptionalDouble brightness = face.optionalDouble(BRIGHTNESS);
            Optional<FaceTrait> eyesOpen = trait(face, EYES_OPEN);
            Optional<FaceTrait> sunglasses = trait(face, SUNGLASSES);
            faces.add(selfie.valid(ApplicationRecordCodec.SELFIE_FACES + "[" + i + "]",
                    () -> new SelfieFace(width, height, confidence, new HeadPose(yaw, pitch, roll), sharpness,
                            brightness, eyesOpen, sunglasses)));
        }
        return new SelfieFaces(faces);
    }

    private static Optional<FaceTrait> trait(AttributeReader face, String name) {
        if (!face.has(name)) {
            return Optional.empty();
        }
        AttributeReader trait = face.nested(name);
        boolean present = trait.bool(PRESENT);
        double confidence = trait.doubleNumber(CONFIDENCE);
        return Optional.of(face.valid(name, () -> new FaceTrait(present, confidence)));
    }
}
