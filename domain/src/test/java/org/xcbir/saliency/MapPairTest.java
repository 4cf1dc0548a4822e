package org.xcbir.saliency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class MapPairTest {

    @Test
    void pairsSurviveTheirCsvForm() throws IOException {
        List<MapPair> pairs = List.of(new MapPair(1, 2), new MapPair(1, 30), new MapPair(7, 2));
        StringWriter csv = new StringWriter();
        MapPair.write(pairs, csv);
        assertTrue(csv.toString().startsWith("query_image_id,result_image_id"));
        assertEquals(pairs, MapPair.read(new StringReader(csv.toString())));
    }

    @Test
    void aBadLineIsNamed() {
        IOException e = assertThrows(IOException.class,
                () -> MapPair.read(new StringReader("query_image_id,result_image_id\n1,2\n3,x\n")));
        assertTrue(e.getMessage().contains("line 3"), e.getMessage());
        assertThrows(IOException.class, () -> MapPair.read(new StringReader("a,b\n1,2\n")));
    }
}
