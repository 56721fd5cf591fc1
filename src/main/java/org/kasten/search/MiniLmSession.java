package org.kasten.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;

/**
 * A model's files on the class path (the bundled all-MiniLM-L6-v2 from langchain4j's artifact, or another model
 * a benchmark compares; read through langchain4j's encoder, so tokens, pooling and vectors are langchain4j's)
 * in an ONNX Runtime session whose threads Kasten chooses. langchain4j's own model classes open their session
 * with ONNX Runtime's defaults: one operator thread per core that spins while waiting, so two texts embedded at
 * once on two cores compete with four busy threads. Here each call runs on {@code intraOpThreads} threads that
 * do not spin, and one caller at a time uses them.
 */
final class MiniLmSession extends AbstractInProcessEmbeddingModel {

    private final OnnxBertBiEncoder encoder;
    private final int dimensions;

    MiniLmSession(MiniLmEmbedder.Model files, int intraOpThreads) {
        super(Runnable::run); // Kasten's own threads call the model; langchain4j starts none
        this.dimensions = files.dimensions();
        try (InputStream model = resource(files.file()); InputStream tokenizer = resource(files.tokenizer())) {
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(intraOpThreads);
            options.setInterOpNumThreads(1);
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            options.addConfigEntry("session.inter_op.allow_spinning", "0");
            OrtSession session = environment.createSession(model.readAllBytes(), options);
            encoder = new OnnxBertBiEncoder(environment, session, tokenizer, files.pooling());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (OrtException e) {
            throw new IllegalStateException(e);
        }
    }

    private static InputStream resource(String name) throws IOException {
        // a resource, not the model's class: its initialiser would load a second session
        InputStream in = MiniLmSession.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException("the model file " + name + " is missing from the application");
        }
        return in;
    }

    @Override
    protected OnnxBertBiEncoder model() {
        return encoder;
    }

    @Override
    protected Integer knownDimension() {
        return dimensions;
    }
}
