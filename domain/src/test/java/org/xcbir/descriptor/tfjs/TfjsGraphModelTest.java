package org.xcbir.descriptor.tfjs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xcbir.descriptor.TestFiles;

class TfjsGraphModelTest {

    private static TfjsGraphModel model;

    @BeforeAll
    static void read() throws IOException {
        model = TfjsGraphModel.read(TestFiles.modelJson());
    }

    @Test
    void readsEveryConstantOfTheManifestWithItsShape() throws IOException {
        assertEquals(262, model.weights().size());
        assertEquals(641, model.nodes().size());
        assertArrayEquals(new long[] {3, 3, 3, 32},
                model.weight("FeatureExtractor/MobilenetV2/Conv/Conv2D/merged_input").shape());
        assertArrayEquals(new long[] {1, 1, 320, 1280},
                model.weight("FeatureExtractor/MobilenetV2/Conv_1/Conv2D/merged_input").shape());
        assertArrayEquals(new long[] {1, 1917, 4}, model.weight("Postprocessor/ExpandDims").shape());
    }

    @Test
    void readsScalarsOfBothDtypesAtTheirStreamOffsets() throws IOException {
        // float32 and int32 constants sit between the big tensors: wrong offsets garble them
        assertEquals(2f / 255f, model.weight("Preprocessor/mul/x").values()[0], 1e-9);
        assertEquals(1f, model.weight("Preprocessor/sub/y").values()[0]);
        assertArrayEquals(new float[] {300, 300}, model.weight("Preprocessor/map/while/ResizeImage/stack").values());
        assertEquals(1917f, model.weight("MultipleGridAnchorGenerator/assert_equal/x").values()[0]);
        assertEquals(0.1f, model.weight("ConstantFolding/Postprocessor/Decode/div_recip").values()[0], 1e-7);
    }

    @Test
    void decodesConvolutionAttributes() throws IOException {
        GraphNode stem = model.consumerOf("FeatureExtractor/MobilenetV2/Conv/Conv2D/merged_input", 1);
        assertEquals("Conv2D", stem.op());
        assertArrayEquals(new long[] {1, 2, 2, 1}, stem.intList("strides").orElseThrow());
        assertEquals("SAME", stem.string("padding").orElseThrow());
        assertEquals("NHWC", stem.string("data_format").orElseThrow());
        assertEquals(0.001f, model.node("BoxPredictor_0/ClassPredictor_depthwise/BatchNorm/FusedBatchNorm")
                .orElseThrow().floatValue("epsilon").orElseThrow(), 1e-9);
    }

    @Test
    void refusesTruncatedShards(@TempDir Path dir) throws IOException {
        Path source = TestFiles.modelJson().getParent();
        try (var files = Files.list(source)) {
            for (Path file : files.toList()) {
                Files.copy(file, dir.resolve(file.getFileName()));
            }
        }
        try (FileChannel shard = FileChannel.open(dir.resolve("group1-shard5of5"), StandardOpenOption.WRITE)) {
            shard.truncate(shard.size() - 4);
        }
        TfjsFormatException e = assertThrows(TfjsFormatException.class,
                () -> TfjsGraphModel.read(dir.resolve("model.json")));
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
    }

    @Test
    void refusesJsonThatIsNoGraphModel(@TempDir Path dir) throws IOException {
        Path json = Files.writeString(dir.resolve("model.json"), "{\"format\": \"layers-model\"}");
        assertThrows(TfjsFormatException.class, () -> TfjsGraphModel.read(json));
    }
}
