package org.xcbir.saliency;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.training.ParameterStore;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.xcbir.descriptor.image.ImagePreprocessor;
import org.xcbir.descriptor.nn.ConvLayer;
import org.xcbir.descriptor.nn.ConvSpec;
import org.xcbir.descriptor.nn.LayerSequence;
import org.xcbir.descriptor.nn.MobileNetV2Backbone;
import org.xcbir.descriptor.nn.PooledDescriptorBlock;
import org.xcbir.descriptor.weights.CocoSsdModelStore;

/**
 * Exact occlusion distances for the built-in MobileNetV2 descriptor, computed incrementally.
 *
 * <p>An occluder changes a window of the input, so each layer's output differs from the unoccluded one only
 * inside that window's region of influence ({@link RegionPlan}). A session runs the unoccluded image once and
 * keeps every layer's input; for a batch of windows it then recomputes, layer by layer, only each window's
 * region: the layer's input crop (the region grown by the kernel, read from the cached input with the
 * previous layer's recomputed patch pasted in) goes through the layer's own convolution, and inverted
 * residual blocks add the patched block input. Regions that cover (almost) a whole map are computed whole,
 * which is where the late, low-resolution layers end up. The last patch is pasted into the cached output,
 * pooled and normalised like {@link PooledDescriptorBlock}. The result equals a full forward pass of each
 * occluded image up to float rounding.
 */
public final class IncrementalMobileNetEngine implements OcclusionEngine, AutoCloseable {

    private final Model model;
    private final MobileNetV2Backbone backbone;
    private final List<ConvSpec> specs;
    private final int inputSize;

    private IncrementalMobileNetEngine(Model model, MobileNetV2Backbone backbone, int inputSize) {
        this.model = model;
        this.backbone = backbone;
        this.specs = backbone.layers().stream().map(ConvLayer::spec).toList();
        this.inputSize = inputSize;
    }

    /** The engine at the descriptor's default input size (300). */
    public static IncrementalMobileNetEngine load(CocoSsdModelStore store) throws IOException {
        return load(store, ImagePreprocessor.INPUT_SIZE);
    }

    /** The engine matching {@code MobileNetV2Embedder.load(store, inputSize)}. */
    public static IncrementalMobileNetEngine load(CocoSsdModelStore store, int inputSize) throws IOException {
        Model model = Model.newInstance("mobilenetv2-incremental-saliency");
        try {
            return new IncrementalMobileNetEngine(model, store.load(model.getNDManager()).backbone(), inputSize);
        } catch (IOException | RuntimeException e) {
            model.close();
            throw e;
        }
    }

    @Override
    public int inputSize() {
        return inputSize;
    }

    @Override
    public Session open(float[] queryDescriptor, OcclusionInput result, DescriptorDistance distance, int batchSize) {
        if (result.size() != inputSize) {
            throw new IllegalArgumentException("input is " + result.size() + " pixels, the engine expects " + inputSize);
        }
        return new IncrementalSession(queryDescriptor, result, distance, batchSize);
    }

    @Override
    public void close() {
        model.close();
    }

    private final class IncrementalSession implements Session {

        private final float[] query;
        private final DescriptorDistance distance;
        private final int batchSize;
        private final NDManager manager;
        private final ParameterStore parameters;
        private final NDArray fill;
        /** Every convolution's unoccluded input, SAME-padded (the input itself for 1×1 layers). */
        private final List<NDArray> paddedInputs = new ArrayList<>();
        /** Every stage's unoccluded input, in stage order. */
        private final List<NDArray> stageInputs = new ArrayList<>();
        private final NDArray output;
        private final double base;

        IncrementalSession(float[] query, OcclusionInput result, DescriptorDistance distance, int batchSize) {
            this.query = query;
            this.distance = distance;
            this.batchSize = batchSize;
            manager = model.getNDManager().newSubManager();
            parameters = new ParameterStore(manager, false);
            fill = ImagePreprocessor.toBatch(manager, List.of(result.fill()), inputSize);
            NDArray current = ImagePreprocessor.toBatch(manager, List.of(result.image()), inputSize);
            for (LayerSequence stage : backbone.stages()) {
                NDArray stageInput = current;
                stageInputs.add(stageInput);
                for (ConvLayer layer : stage.layers()) {
                    NDArray padded = layer.padSame(current);
                    paddedInputs.add(padded);
                    current = layer.applyToPadded(parameters, padded);
                }
                if (stage.addsInputToOutput()) {
                    current = current.add(stageInput);
                }
            }
            output = current;
            base = distance.between(query, descriptors(output).get(0));
        }

        @Override
        public double baseDistance() {
            return base;
        }

        @Override
        public float[] occludedDistances(List<Window> windows) {
            float[] distances = new float[windows.size()];
            if (windows.isEmpty()) {
                return distances;
            }
            int block = windows.get(0).size();
            if (windows.stream().anyMatch(w -> w.size() != block)) {
                throw new IllegalArgumentException("windows of one call must share one size");
            }
            RegionPlan plan = RegionPlan.of(specs, inputSize, block, RegionPlan.distinctStarts(windows));
            for (int from = 0; from < windows.size(); from += batchSize) {
                List<Window> batch = windows.subList(from, Math.min(windows.size(), from + batchSize));
                // every intermediate tensor of the batch is freed here, so memory stays at one batch
                try (NDScope scope = new NDScope()) {
                    List<float[]> vectors = descriptors(occludedOutput(batch, plan));
                    for (int i = 0; i < vectors.size(); i++) {
                        distances[from + i] = (float) distance.between(query, vectors.get(i));
                    }
                }
            }
            return distances;
        }

        /** The last feature map [B, 1280, h, w] of each occluded image in the batch. */
        private NDArray occludedOutput(List<Window> batch, RegionPlan plan) {
            int[] rows = batch.stream().mapToInt(w -> plan.position(w.top())).toArray();
            int[] cols = batch.stream().mapToInt(w -> plan.position(w.left())).toArray();
            RegionPlan.Regions region = plan.input();
            NDArray patch = Crops.squares(fill, starts(region, rows), starts(region, cols), region.length());
            int layerIndex = 0;
            List<LayerSequence> stages = backbone.stages();
            for (int s = 0; s < stages.size(); s++) {
                LayerSequence stage = stages.get(s);
                NDArray stagePatch = patch;
                RegionPlan.Regions stageRegion = region;
                for (ConvLayer layer : stage.layers()) {
                    RegionPlan.Regions outputRegion = plan.output(layerIndex);
                    patch = convolve(layer, paddedInputs.get(layerIndex), patch, region, outputRegion, rows, cols);
                    region = outputRegion;
                    layerIndex++;
                }
                if (stage.addsInputToOutput()) {
                    // stride 1 throughout, so the output region contains the input region
                    patch = patch.add(patchedCrop(stageInputs.get(s), starts(region, rows), starts(region, cols),
                            region.length(), stagePatch, difference(starts(stageRegion, rows), starts(region, rows)),
                            difference(starts(stageRegion, cols), starts(region, cols))));
                }
            }
            int[] origin = new int[batch.size()];
            return patchedCrop(output, origin, origin, region.mapSize(), patch, starts(region, rows), starts(region, cols));
        }

        /** The layer's output over {@code out} given the input patch over {@code in}. */
        private NDArray convolve(ConvLayer layer, NDArray paddedInput, NDArray patch, RegionPlan.Regions in,
                RegionPlan.Regions out, int[] rows, int[] cols) {
            if (in.coversMap()) {
                return layer.applyToPadded(parameters, layer.padSame(patch));
            }
            ConvSpec spec = layer.spec();
            int stride = spec.stride();
            int before = spec.padding(in.mapSize()).before();
            // output o reads padded input [o·stride, o·stride + kernel)
            int cropLength = (out.length() - 1) * stride + spec.kernelSize();
            int[] cropTops = scaled(starts(out, rows), stride);
            int[] cropLefts = scaled(starts(out, cols), stride);
            NDArray input = patchedCrop(paddedInput, cropTops, cropLefts, cropLength, patch,
                    difference(shifted(starts(in, rows), before), cropTops),
                    difference(shifted(starts(in, cols), before), cropLefts));
            return layer.applyToPadded(parameters, input);
        }

        private List<float[]> descriptors(NDArray featureMaps) {
            NDArray vectors = PooledDescriptorBlock.pool(featureMaps);
            List<float[]> rows = new ArrayList<>();
            for (int i = 0; i < vectors.getShape().get(0); i++) {
                rows.add(vectors.get(i).toFloatArray());
            }
            return rows;
        }

        @Override
        public void close() {
            manager.close();
        }
    }

    /**
     * Squares of {@code cropLength} at the given positions of the cached map {@code source}, with {@code patch}
     * pasted at the given offsets inside each crop; the patch itself when it is exactly the crop.
     */
    private static NDArray patchedCrop(NDArray source, int[] cropTops, int[] cropLefts, int cropLength,
            NDArray patch, int[] patchTops, int[] patchLefts) {
        boolean patchIsCrop = patch.getShape().get(2) == cropLength && allZero(patchTops) && allZero(patchLefts);
        if (patchIsCrop) {
            return patch;
        }
        return Crops.pasted(Crops.squares(source, cropTops, cropLefts, cropLength), patch, patchTops, patchLefts);
    }

    private static int[] starts(RegionPlan.Regions region, int[] positions) {
        int[] starts = new int[positions.length];
        for (int i = 0; i < positions.length; i++) {
            starts[i] = region.start(positions[i]);
        }
        return starts;
    }

    private static int[] scaled(int[] values, int factor) {
        int[] scaled = values.clone();
        for (int i = 0; i < scaled.length; i++) {
            scaled[i] *= factor;
        }
        return scaled;
    }

    private static int[] shifted(int[] values, int shift) {
        int[] shifted = values.clone();
        for (int i = 0; i < shifted.length; i++) {
            shifted[i] += shift;
        }
        return shifted;
    }

    private static int[] difference(int[] a, int[] b) {
        int[] difference = new int[a.length];
        for (int i = 0; i < a.length; i++) {
            difference[i] = a[i] - b[i];
        }
        return difference;
    }

    private static boolean allZero(int[] values) {
        for (int v : values) {
            if (v != 0) {
                return false;
            }
        }
        return true;
    }
}
