package org.xcbir.descriptor.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * Convolution + bias + activation with TF "SAME" padding. Batch norms of the imported model are
 * folded into weight and bias, so this is the whole layer at inference time.
 */
public final class ConvLayer extends AbstractBlock {

    private static final byte VERSION = 1;
    private static final Shape NO_PADDING = new Shape(0, 0);
    private static final Shape NO_DILATION = new Shape(1, 1);

    private final ConvSpec spec;
    private final Parameter weight;
    private final Parameter bias;

    public ConvLayer(ConvSpec spec) {
        super(VERSION);
        this.spec = spec;
        weight = addParameter(Parameter.builder().setName("weight").setType(Parameter.Type.WEIGHT).build());
        bias = addParameter(Parameter.builder().setName("bias").setType(Parameter.Type.BIAS).build());
    }

    public ConvSpec spec() {
        return spec;
    }

    /** Installs imported weights (OIHW) and bias; both must match {@link ConvSpec#weightShape()}. */
    public void setWeights(NDArray weightOihw, NDArray biasValues) {
        if (!weightOihw.getShape().equals(spec.weightShape())
                || !biasValues.getShape().equals(new Shape(spec.outChannels()))) {
            throw new IllegalArgumentException(spec.scope() + ": expected weight " + spec.weightShape()
                    + " and bias (" + spec.outChannels() + "), got " + weightOihw.getShape()
                    + " and " + biasValues.getShape());
        }
        weight.setArray(weightOihw);
        bias.setArray(biasValues);
    }

    /**
     * Runs the layer on input that is already padded (with real neighbour values or zeros), so
     * callers can recompute a window of the output from a window of the input.
     */
    public NDArray applyToPadded(ParameterStore parameterStore, NDArray paddedInput) {
        NDArray w = parameterStore.getValue(weight, paddedInput.getDevice(), false);
        NDArray b = parameterStore.getValue(bias, paddedInput.getDevice(), false);
        Shape stride = new Shape(spec.stride(), spec.stride());
        NDArray convolved = Conv2d.conv2d(paddedInput, w, b, stride, NO_PADDING, NO_DILATION, spec.groups())
                .singletonOrThrow();
        return spec.activation().apply(convolved);
    }

    /** Zero-pads an NCHW input the way TF "SAME" does (extra row/column at the bottom/right). */
    public NDArray padSame(NDArray input) {
        Shape shape = input.getShape();
        SamePadding rows = spec.padding((int) shape.get(2));
        SamePadding cols = spec.padding((int) shape.get(3));
        if (rows.before() + rows.after() + cols.before() + cols.after() == 0) {
            return input;
        }
        // torch pad order: last axis first → (left, right, top, bottom)
        return input.pad(new Shape(cols.before(), cols.after(), rows.before(), rows.after()), 0);
    }

    @Override
    protected NDList forwardInternal(
            ParameterStore parameterStore, NDList inputs, boolean training, PairList<String, Object> params) {
        return new NDList(applyToPadded(parameterStore, padSame(inputs.singletonOrThrow())));
    }

    @Override
    protected void prepare(Shape[] inputShapes) {
        weight.setShape(spec.weightShape());
        bias.setShape(new Shape(spec.outChannels()));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape in = inputShapes[0];
        return new Shape[] {
            new Shape(in.get(0), spec.outChannels(), spec.outputSize((int) in.get(2)), spec.outputSize((int) in.get(3)))
        };
    }

    @Override
    public String toString() {
        return spec.scope() + " " + spec.kind() + " k" + spec.kernelSize() + " s" + spec.stride() + " "
                + spec.inChannels() + "→" + spec.outChannels() + " " + spec.activation();
    }
}
