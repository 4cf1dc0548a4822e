package org.xcbir.descriptor.detection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xcbir.descriptor.TestFiles;
import org.xcbir.descriptor.tfjs.TfjsGraphModel;

class SsdAnchorGeneratorTest {

    @Test
    void generatedAnchorsEqualTheAnchorsBakedIntoTheGraph() throws IOException {
        float[] baked = TfjsGraphModel.read(TestFiles.modelJson()).weight("Postprocessor/ExpandDims").values();
        List<NormalizedBox> anchors =
                SsdAnchorGenerator.ssdliteMobileNetV2Coco().generate(SsdAnchorGenerator.SSDLITE_300_GRIDS);
        assertEquals(1917, anchors.size());
        double worst = 0;
        for (int i = 0; i < anchors.size(); i++) {
            NormalizedBox a = anchors.get(i);
            double[] corners = {a.ymin(), a.xmin(), a.ymax(), a.xmax()};
            for (int k = 0; k < 4; k++) {
                worst = Math.max(worst, Math.abs(corners[k] - baked[i * 4 + k]));
            }
        }
        assertTrue(worst < 1e-6, "largest corner difference " + worst);
    }

    @Test
    void exactOneThirdAspectRatioWouldNotMatchTheGraph() throws IOException {
        float[] baked = TfjsGraphModel.read(TestFiles.modelJson()).weight("Postprocessor/ExpandDims").values();
        SsdAnchorGenerator exactThird =
                new SsdAnchorGenerator(0.2, 0.95, new double[] {1.0, 2.0, 0.5, 3.0, 1.0 / 3}, 1.0, true);
        // layer 1 (10×10) starts at anchor 19·19·3 = 1083; its 5th box has ratio 1/3
        NormalizedBox box = exactThird.generate(SsdAnchorGenerator.SSDLITE_300_GRIDS).get(1083 + 4);
        assertTrue(Math.abs(box.ymin() - baked[(1083 + 4) * 4]) > 1e-5);
    }

    @Test
    void decodesOffsetsWithTheScaleFactors() {
        NormalizedBox anchor = new NormalizedBox(0.2, 0.3, 0.6, 0.5); // centre (0.4, 0.4), 0.4 high, 0.2 wide
        NormalizedBox same = BoxDecoder.ssdDefault().decode(0, 0, 0, 0, anchor);
        assertEquals(anchor.ymin(), same.ymin(), 1e-12);
        assertEquals(anchor.xmax(), same.xmax(), 1e-12);
        // ty = 10 moves the centre by one anchor height; th = 5·ln 2 doubles the height
        NormalizedBox moved = BoxDecoder.ssdDefault().decode(10, 0, (float) (5 * Math.log(2)), 0, anchor);
        assertEquals(0.8 - 0.4, moved.ymin(), 1e-6);
        assertEquals(0.8 + 0.4, moved.ymax(), 1e-6);
    }
}
