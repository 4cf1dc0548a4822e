package org.xcbir.descriptor.weights;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.util.Arrays;
import org.xcbir.descriptor.nn.Activation;
import org.xcbir.descriptor.nn.BoxPredictor;
import org.xcbir.descriptor.nn.ConvKind;
import org.xcbir.descriptor.nn.ConvLayer;
import org.xcbir.descriptor.nn.ConvSpec;
import org.xcbir.descriptor.nn.LayerSequence;
import org.xcbir.descriptor.nn.MobileNetV2Backbone;
import org.xcbir.descriptor.nn.SsdLiteNetwork;
import org.xcbir.descriptor.tfjs.GraphNode;
import org.xcbir.descriptor.tfjs.TfjsFormatException;
import org.xcbir.descriptor.tfjs.TfjsGraphModel;
import org.xcbir.descriptor.tfjs.WeightTensor;

/**
 * Copies the weights of the TF.js SSDLite graph into an {@link SsdLiteNetwork}. Every layer is
 * checked against the graph (op, kernel shape, strides, SAME padding, dilation, ReLU6 or not), so
 * a mismatch between the hand-written network and the file fails here rather than as bad output.
 */
public final class TfjsWeightImporter {

    /** The input size the network is initialised for; the graph resizes every image to it. */
    public static final Shape INPUT_SHAPE = new Shape(1, 3, 300, 300);

    private final TfjsGraphModel graph;

    public TfjsWeightImporter(TfjsGraphModel graph) {
        this.graph = graph;
    }

    public void importInto(SsdLiteNetwork network, NDManager manager) throws TfjsFormatException {
        for (ConvLayer layer : network.backbone().layers()) {
            importLayer(MobileNetV2Backbone.TF_SCOPE + "/", layer, manager);
        }
        for (LayerSequence extra : network.extraLayers()) {
            for (ConvLayer layer : extra.layers()) {
                importLayer(MobileNetV2Backbone.TF_SCOPE + "/", layer, manager);
            }
        }
        for (BoxPredictor predictor : network.predictors()) {
            for (LayerSequence tower : predictor.towers()) {
                for (ConvLayer layer : tower.layers()) {
                    importLayer("", layer, manager);
                }
            }
        }
        // Records the input shapes DJL writes next to the parameters; the arrays are already set.
        network.initialize(manager, DataType.FLOAT32, INPUT_SHAPE);
    }

    private void importLayer(String prefix, ConvLayer layer, NDManager manager) throws TfjsFormatException {
        ConvSpec spec = layer.spec();
        String scope = prefix + spec.scope();
        WeightTensor kernel = kernelOf(scope, spec);
        checkConvolutionNode(kernel.name(), spec);
        checkActivation(scope, spec);

        int k = spec.kernelSize();
        float[] weights = spec.kind() == ConvKind.DEPTHWISE
                ? KernelLayout.depthwiseToOihw(kernel.values(), k, k, spec.inChannels())
                : KernelLayout.hwioToOihw(kernel.values(), k, k, spec.inChannels(), spec.outChannels());
        float[] bias = foldAffineTerms(scope, weights, spec.outChannels());
        layer.setWeights(
                manager.create(weights, spec.weightShape()),
                manager.create(bias, new Shape(spec.outChannels())));
    }

    private WeightTensor kernelOf(String scope, ConvSpec spec) throws TfjsFormatException {
        int k = spec.kernelSize();
        WeightTensor kernel;
        long[] expected;
        if (spec.kind() == ConvKind.DEPTHWISE) {
            kernel = graph.weight(scope + "/depthwise_weights");
            expected = new long[] {k, k, spec.inChannels(), 1};
        } else {
            String folded = scope + "/Conv2D/merged_input";
            kernel = graph.weights().containsKey(folded) ? graph.weight(folded) : graph.weight(scope + "/weights");
            expected = new long[] {k, k, spec.inChannels(), spec.outChannels()};
        }
        if (!Arrays.equals(kernel.shape(), expected)) {
            throw new TfjsFormatException(kernel + " does not have the expected shape " + Arrays.toString(expected));
        }
        return kernel;
    }

    /**
     * Three forms occur in this graph: batch norm folded to {@code batchnorm/sub} (plus a
     * per-channel {@code batchnorm/mul} after depthwise convs), an unfolded FusedBatchNorm in the
     * predictor towers, and a plain {@code biases} on the final 1×1 predictor convs.
     */
    private float[] foldAffineTerms(String scope, float[] oihw, int channels) throws TfjsFormatException {
        String folded = scope + "/BatchNorm/batchnorm/";
        if (graph.weights().containsKey(folded + "sub")) {
            if (graph.weights().containsKey(folded + "mul")) {
                KernelLayout.scaleOutputChannels(oihw, vector(folded + "mul", channels));
            }
            return vector(folded + "sub", channels);
        }
        String batchNorm = scope + "/BatchNorm/";
        if (graph.weights().containsKey(batchNorm + "gamma")) {
            float epsilon = graph.node(batchNorm + "FusedBatchNorm")
                    .flatMap(node -> node.floatValue("epsilon"))
                    .orElseThrow(() -> new TfjsFormatException(batchNorm + "FusedBatchNorm has no epsilon"));
            float[] scale = KernelLayout.batchNormScale(
                    vector(batchNorm + "gamma", channels), vector(batchNorm + "moving_variance", channels), epsilon);
            KernelLayout.scaleOutputChannels(oihw, scale);
            return KernelLayout.batchNormShift(
                    vector(batchNorm + "beta", channels), vector(batchNorm + "moving_mean", channels), scale);
        }
        return vector(scope + "/biases", channels);
    }

    private float[] vector(String name, int length) throws TfjsFormatException {
        WeightTensor tensor = graph.weight(name);
        if (tensor.rank() != 1 || tensor.dim(0) != length) {
            throw new TfjsFormatException(tensor + " should be a vector of " + length);
        }
        return tensor.values();
    }

    private void checkConvolutionNode(String kernelName, ConvSpec spec) throws TfjsFormatException {
        GraphNode node = graph.consumerOf(kernelName, 1);
        String op = spec.kind() == ConvKind.DEPTHWISE ? "DepthwiseConv2dNative" : "Conv2D";
        long s = spec.stride();
        boolean matches = node.op().equals(op)
                && Arrays.equals(node.intList("strides").orElse(null), new long[] {1, s, s, 1})
                && node.string("padding").orElse("").equals("SAME")
                && Arrays.equals(node.intList("dilations").orElse(new long[] {1, 1, 1, 1}), new long[] {1, 1, 1, 1})
                && node.string("data_format").orElse("NHWC").equals("NHWC");
        if (!matches) {
            throw new TfjsFormatException("graph node " + node.name() + " (" + node.op() + " " + node.attributes()
                    + ") is not a " + op + " with stride " + s + ", SAME padding and no dilation");
        }
    }

    private void checkActivation(String scope, ConvSpec spec) throws TfjsFormatException {
        boolean graphHasRelu6 = graph.node(scope + "/Relu6").filter(n -> n.op().equals("Relu6")).isPresent();
        if (graphHasRelu6 != (spec.activation() == Activation.RELU6)) {
            throw new TfjsFormatException(scope + ": graph " + (graphHasRelu6 ? "has" : "has no")
                    + " Relu6 but the network expects " + spec.activation());
        }
    }
}
