package org.xcbir.descriptor.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.types.Shape;
import java.util.List;
import org.junit.jupiter.api.Test;

class MobileNetV2BackboneTest {

    private final MobileNetV2Backbone backbone = new MobileNetV2Backbone();

    @Test
    void listsStagesAndLayersInExecutionOrder() {
        List<LayerSequence> stages = backbone.stages();
        assertEquals(19, stages.size());
        assertEquals("Conv", stages.get(0).scope());
        assertEquals("expanded_conv", stages.get(1).scope());
        assertEquals("expanded_conv_16", stages.get(17).scope());
        assertEquals("Conv_1", stages.get(18).scope());
        List<ConvLayer> layers = backbone.layers();
        assertEquals(1 + 2 + 16 * 3 + 1, layers.size());
        assertEquals("expanded_conv/depthwise", layers.get(1).spec().scope());
        assertEquals("expanded_conv_1/expand", layers.get(3).spec().scope());
    }

    @Test
    void downsamplesFiveTimesTo10x10With1280Channels() {
        List<String> strided = backbone.layers().stream()
                .filter(l -> l.spec().stride() == 2).map(l -> l.spec().scope()).toList();
        assertEquals(List.of("Conv", "expanded_conv_1/depthwise", "expanded_conv_3/depthwise",
                "expanded_conv_6/depthwise", "expanded_conv_13/depthwise"), strided);
        assertEquals(new Shape(2, 1280, 10, 10), backbone.getOutputShapes(new Shape[] {new Shape(2, 3, 300, 300)})[0]);
    }

    @Test
    void projectionsAreLinearEverythingElseIsRelu6() {
        for (ConvLayer layer : backbone.layers()) {
            Activation expected = layer.spec().scope().endsWith("/project") ? Activation.LINEAR : Activation.RELU6;
            assertEquals(expected, layer.spec().activation(), layer.spec().scope());
        }
    }

    @Test
    void ssdFeatureMapsAre19_10_5_3_2_1() {
        List<Shape> maps = new SsdLiteNetwork().featureMapShapes(new Shape(1, 3, 300, 300));
        assertEquals(List.of(new Shape(1, 576, 19, 19), new Shape(1, 1280, 10, 10), new Shape(1, 512, 5, 5),
                new Shape(1, 256, 3, 3), new Shape(1, 256, 2, 2), new Shape(1, 128, 1, 1)), maps);
    }
}
