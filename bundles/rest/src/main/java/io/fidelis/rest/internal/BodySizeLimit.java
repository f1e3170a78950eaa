package io.fidelis.rest.internal;

import io.fidelis.rest.problem.Problems;
import java.io.IOException;
import java.io.InputStream;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.Response;

/** Refuses request bodies above a size limit, declared or streamed, with a 413 problem. */
@PreMatching
public class BodySizeLimit implements ContainerRequestFilter {

    private final long maxBytes;

    public BodySizeLimit(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getLength() > maxBytes) {
            request.abortWith(tooLarge());
            return;
        }
        request.setEntityStream(new LimitedStream(request.getEntityStream(), maxBytes));
    }

    private Response tooLarge() {
        return Problems.response(413, "body-too-large", "Payload too large", "Request bodies are limited to " + maxBytes + " bytes");
    }

    /** Fails the read once more than the limit has been consumed (chunked bodies carry no length). */
    private static final class LimitedStream extends InputStream {
        private final InputStream in;
        private final long max;
        private long read;

        LimitedStream(InputStream in, long max) {
            this.in = in;
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > max) {
                throw new io.fidelis.rest.problem.ProblemException(413, "body-too-large", "Payload too large",
                        "Request bodies are limited to " + max + " bytes");
            }
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
