package no.timebok.ear.peers;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;

/** GreenMail as a real SMTP server on loopback; tests read what arrived. */
public final class MailPeer implements AutoCloseable {

    private final GreenMail greenMail;

    private MailPeer(GreenMail greenMail) {
        this.greenMail = greenMail;
    }

    public static MailPeer start(int port) {
        GreenMail greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        return new MailPeer(greenMail);
    }

    public int port() {
        return greenMail.getSmtp().getPort();
    }

    public List<MimeMessage> received() {
        return Arrays.asList(greenMail.getReceivedMessages());
    }

    public List<MimeMessage> receivedBy(String address) {
        return received().stream().filter(message -> {
            try {
                return message.getAllRecipients() != null && Arrays.stream(message.getAllRecipients())
                        .anyMatch(a -> ((InternetAddress) a).getAddress().equalsIgnoreCase(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
