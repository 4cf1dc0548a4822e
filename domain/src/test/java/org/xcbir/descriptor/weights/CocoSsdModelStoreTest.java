package org.xcbir.descriptor.weights;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.ParameterList;
import ai.djl.training.ParameterStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xcbir.descriptor.TestFiles;
import org.xcbir.descriptor.nn.ConvLayer;
import org.xcbir.descriptor.nn.LayerSequence;
import org.xcbir.descriptor.nn.SsdLiteNetwork;
import org.xcbir.descriptor.tfjs.TfjsGraphModel;
import org.xcbir.descriptor.tfjs.WeightTensor;

class CocoSsdModelStoreTest {

    @Test
    void importsSavesAndReloadsIdenticalParametersFast(@TempDir Path dir) throws IOException {
        CocoSsdModelStore store = new CocoSsdModelStore(TestFiles.modelJson(), dir.resolve("net.params"));
        try (NDManager manager = NDManager.newBaseManager()) {
            SsdLiteNetwork imported = store.load(manager);
            assertTrue(Files.size(store.parameterFile()) > 17_000_000, "all ~4.5M floats were saved");

            long start = System.nanoTime();
            SsdLiteNetwork reloaded = store.load(manager);
            long millis = (System.nanoTime() - start) / 1_000_000;
            System.out.println("reloading saved parameters took " + millis + " ms");
            assertTrue(millis < 1500, "reload took " + millis + " ms");

            ParameterList a = imported.getParameters();
            ParameterList b = reloaded.getParameters();
            assertEquals(a.size(), b.size());
            for (int i = 0; i < a.size(); i++) {
                assertArrayEquals(a.valueAt(i).getArray().toFloatArray(), b.valueAt(i).getArray().toFloatArray(),
                        a.keyAt(i));
            }
        }
    }

    @Test
    void everyLayerGetsWeightsOfItsSpecShape() throws IOException {
        try (NDManager manager = NDManager.newBaseManager()) {
            SsdLiteNetwork network = new SsdLiteNetwork();
            new TfjsWeightImporter(TfjsGraphModel.read(TestFiles.modelJson())).importInto(network, manager);
            ConvLayer stem = network.backbone().layers().get(0);
            assertEquals(new Shape(32, 3, 3, 3), weight(stem).getShape());
            ConvLayer depthwise = network.backbone().layers().get(1);
            assertEquals(new Shape(32, 1, 3, 3), weight(depthwise).getShape());
            ConvLayer conv1 = network.backbone().layers().get(51);
            assertEquals(new Shape(1280, 320, 1, 1), weight(conv1).getShape());
            ConvLayer classHead0 = network.predictors().get(0).towers().get(1).layers().get(1);
            assertEquals(new Shape(273, 576, 1, 1), weight(classHead0).getShape());
            // every kernel of model.json plus one bias per layer (folded batch norms add no parameters)
            long count = network.getParameters().values().stream().mapToLong(p -> p.getArray().size()).sum();
            assertEquals(4_475_167, count);
        }
    }

    @Test
    void stemKernelIsTheTransposedTfKernel() throws IOException {
        TfjsGraphModel graph = TfjsGraphModel.read(TestFiles.modelJson());
        try (NDManager manager = NDManager.newBaseManager()) {
            SsdLiteNetwork network = new SsdLiteNetwork();
            new TfjsWeightImporter(graph).importInto(network, manager);
            WeightTensor tf = graph.weight("FeatureExtractor/MobilenetV2/Conv/Conv2D/merged_input");
            NDArray djl = weight(network.backbone().layers().get(0));
            // HWIO [y=2, x=1, in=2, out=17] ↔ OIHW [17, 2, 2, 1]
            assertEquals(tf.values()[((2 * 3 + 1) * 3 + 2) * 32 + 17], djl.getFloat(17, 2, 2, 1));
        }
    }

    @Test
    void residualConnectionsAreExactlyWhereTheGraphAddsBlockInputs() throws IOException {
        TfjsGraphModel graph = TfjsGraphModel.read(TestFiles.modelJson());
        Set<String> inGraph = graph.nodes().values().stream()
                .filter(n -> n.op().equals("AddN") && n.name().startsWith("FeatureExtractor/MobilenetV2/"))
                .map(n -> n.name().split("/")[2])
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> inNetwork = new SsdLiteNetwork().backbone().stages().stream()
                .filter(LayerSequence::addsInputToOutput).map(LayerSequence::scope)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(10, inGraph.size());
        assertEquals(inGraph, inNetwork);
    }

    @Test
    void replacesAnUnreadableParameterFileByAFreshImport(@TempDir Path dir) throws IOException {
        Path parameters = Files.write(dir.resolve("net.params"), new byte[] {0, 5, 'j', 'u', 'n', 'k', 1, 2});
        CocoSsdModelStore store = new CocoSsdModelStore(TestFiles.modelJson(), parameters);
        try (NDManager manager = NDManager.newBaseManager()) {
            SsdLiteNetwork network = store.load(manager);
            NDArray out = network.forward(new ParameterStore(manager, false),
                    new NDList(manager.zeros(new Shape(1, 3, 300, 300))), false).get(1);
            assertEquals(new Shape(1, 1917, 91), out.getShape());
        }
        assertTrue(Files.size(parameters) > 17_000_000, "the junk file was overwritten by real parameters");
    }

    private static NDArray weight(ConvLayer layer) {
        return layer.getParameters().get("weight").getArray();
    }
}
