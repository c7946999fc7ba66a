package org.claimcheck.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;

import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * How the API reads and writes JSON beyond Jackson's defaults.
 * <ul>
 * <li>Numbers and booleans are rejected where the API expects text: {"outlet": 42} is a client's mistake
 *     worth a 400 that names the field, not an outlet called "42".</li>
 * <li>A body is one JSON value: {"outlet": ...} followed by more text, a second object say, is malformed, not
 *     an article with the rest thrown away.</li>
 * <li>A field the API does not know is refused, not dropped: {"publishedat": ...} would otherwise store the
 *     article without its date, and the client would never learn why.</li>
 * <li>A field given twice is refused, not settled by the last one: the client meant one of them, and no reader of
 *     the body should see another than the service did.</li>
 * <li>Decimals are written plain, never in scientific notation: a claim's value of 10^12 is
 *     {@code 1000000000000}, not {@code 1E+12}, for every client and script that reads the report.</li>
 * </ul>
 */
@Singleton
public class JsonConventions implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        // Quarkus turns this off by default; the API wants it on (stored rows opt out: see ClaimRecord).
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    }
}
