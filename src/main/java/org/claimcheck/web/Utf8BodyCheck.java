package org.claimcheck.web;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

/**
 * Lets only UTF-8 reach the JSON parser (RFC 8259 requires it). Jackson reads some malformed UTF-8 without a
 * word: the overlong pair C0 A2 becomes a quote, ED A0 80 an unpaired surrogate. Here every byte of a request
 * body is decoded strictly on its way to the parser, which costs one pass and no copy of the body.
 */
@Provider
public class Utf8BodyCheck implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        context.setInputStream(new CheckingStream(context.getInputStream()));
        return context.proceed();
    }

    /** A body that is not UTF-8, and the offset of the first byte that is wrong. */
    static final class MalformedUtf8Exception extends IOException {

        private final long offset;

        MalformedUtf8Exception(long offset) {
            super("malformed UTF-8 at byte " + offset);
            this.offset = offset;
        }

        long offset() {
            return offset;
        }
    }

    /** Passes the bytes through unchanged, decoding them into a scratch buffer that is thrown away. */
    private static final class CheckingStream extends FilterInputStream {

        private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        private final CharBuffer scratch = CharBuffer.allocate(4096);
        /** The start of a sequence cut by the end of a read: at most three bytes. */
        private ByteBuffer carried = ByteBuffer.allocate(0);
        /** Bytes decoded so far, not counting those carried. */
        private long decoded;
        private boolean ended;

        CheckingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] bytes, int offset, int length) throws IOException {
            int n = in.read(bytes, offset, length);
            if (n < 0) {
                if (!ended) {
                    ended = true;
                    decode(ByteBuffer.allocate(0), true);
                }
            } else if (n > 0) {
                decode(ByteBuffer.wrap(bytes, offset, n), false);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            // Skipped bytes are checked too: read them.
            byte[] skipped = new byte[(int) Math.min(n, 8192)];
            int read = read(skipped, 0, skipped.length);
            return Math.max(read, 0);
        }

        @Override
        public boolean markSupported() {
            return false;
        }

        private void decode(ByteBuffer fresh, boolean endOfInput) throws MalformedUtf8Exception {
            ByteBuffer input = fresh;
            if (carried.hasRemaining()) {
                input = ByteBuffer.allocate(carried.remaining() + fresh.remaining()).put(carried).put(fresh).flip();
            }
            int start = input.position();
            CoderResult result;
            do {
                scratch.clear();
                result = decoder.decode(input, scratch, endOfInput);
                if (result.isError()) {
                    throw new MalformedUtf8Exception(decoded + input.position() - start);
                }
            } while (result.isOverflow());
            if (endOfInput) {
                scratch.clear();
                decoder.flush(scratch);
            }
            decoded += input.position() - start;
            carried = ByteBuffer.allocate(input.remaining()).put(input).flip();
        }
    }
}
