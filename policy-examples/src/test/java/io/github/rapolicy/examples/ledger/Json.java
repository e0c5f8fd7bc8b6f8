package io.github.rapolicy.examples.ledger;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads JSON Lines back with the library that wrote them (Jackson's streaming parser): objects as
 * maps in member order, arrays as lists, strings, longs, booleans and null.
 */
final class Json {

  private static final JsonFactory FACTORY = new JsonFactory();

  private Json() {}

  /** Parses each line of {@code jsonl} as one JSON object; a line that is not one fails. */
  static List<Map<String, @Nullable Object>> lines(String jsonl) {
    List<Map<String, @Nullable Object>> objects = new ArrayList<>();
    for (String line : jsonl.split("\n", -1)) {
      if (line.isEmpty()) {
        continue;
      }
      objects.add(object(line));
    }
    return objects;
  }

  /** Parses {@code text}, which must be exactly one JSON object. */
  static Map<String, @Nullable Object> object(String text) {
    try (JsonParser parser = FACTORY.createParser(text)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw new IllegalArgumentException("not a JSON object: " + text);
      }
      Map<String, @Nullable Object> object = readObject(parser);
      if (parser.nextToken() != null) {
        throw new IllegalArgumentException("more than one JSON value on a line: " + text);
      }
      return object;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, @Nullable Object> readObject(JsonParser parser) throws IOException {
    Map<String, @Nullable Object> object = new LinkedHashMap<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      parser.nextToken();
      if (object.containsKey(name)) {
        throw new IllegalArgumentException("member " + name + " twice");
      }
      object.put(name, value(parser));
    }
    return object;
  }

  private static @Nullable Object value(JsonParser parser) throws IOException {
    JsonToken token = parser.currentToken();
    return switch (token) {
      case START_OBJECT -> readObject(parser);
      case START_ARRAY -> {
        List<@Nullable Object> array = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          array.add(value(parser));
        }
        yield array;
      }
      case VALUE_STRING -> parser.getText();
      case VALUE_NUMBER_INT -> parser.getLongValue();
      case VALUE_TRUE -> true;
      case VALUE_FALSE -> false;
      case VALUE_NULL -> null;
      default -> throw new IllegalArgumentException("unexpected " + token);
    };
  }
}
