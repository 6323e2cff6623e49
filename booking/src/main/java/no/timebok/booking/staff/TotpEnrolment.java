package no.timebok.booking.staff;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import no.timebok.booking.identity.TotpCodes;

/**
 * What an authenticator app needs to enrol: the secret as text, the {@code otpauth://} URI, and that
 * URI as a QR code. The QR code is inline SVG, so no image is cached or stored anywhere.
 */
public record TotpEnrolment(String secretBase32, String otpauthUri, String qrSvg) {

    private static final String ISSUER = "Timebok";

    public static TotpEnrolment of(String username, byte[] secret) {
        String base32 = TotpCodes.base32(secret);
        String label = URLEncoder.encode(ISSUER + ":" + username, StandardCharsets.UTF_8).replace("+", "%20");
        String uri = "otpauth://totp/" + label + "?secret=" + base32 + "&issuer=" + ISSUER
                + "&algorithm=SHA1&digits=6&period=" + TotpCodes.STEP.getSeconds();
        return new TotpEnrolment(base32, uri, svg(uri));
    }

    private static String svg(String content) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
        } catch (WriterException e) {
            throw new IllegalStateException("An otpauth URI always fits a QR code", e);
        }
        int size = matrix.getWidth();
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                if (matrix.get(x, y)) {
                    path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size + "\" width=\"240\" height=\"240\""
                + " role=\"img\" aria-label=\"QR-kode for autentiseringsappen\" shape-rendering=\"crispEdges\">"
                + "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>";
    }
}
