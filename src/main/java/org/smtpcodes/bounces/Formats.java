package org.smtpcodes.bounces;

import java.util.List;

/**
 * The formats bounces come in, in the order they are tried: the formats of particular
 * MTAs and providers first (each recognises its own messages by their header fields and
 * wording), then the standard reports (RFC 5965 feedback reports, RFC 3464 delivery
 * status notifications), then auto-replies (RFC 3834).
 */
final class Formats {

	private final List<Format> formats;

	Formats() {
		this(List.of(new FeedbackReport(), new GoogleGroups(), new GoogleWorkspace(), new Gmail(), new Yahoo(),
				new Exchange2003(), new Exchange2007(), new AmazonSes(), new Zoho(), new Gmx(), new Verizon(),
				new Ezweb(), new Kddi(), new Biglobe(), new Sendmail(), new DragonFly(), new MessagingServer(),
				new IMailServer(), new Domino(), new Notes(), new X1(), new X2(), new X3(), new X4(), new X6(),
				new Postfix(), new Exim(), new Qmail(), new OpenSmtpd(), new Fml(), new MFilter(), new MailMarshal(),
				new MailFoundry(), new InterScan(), new Rfc3464(), new AutoReply()));
	}

	Formats(List<Format> formats) {
		this.formats = List.copyOf(formats);
	}

	/** What the first format that recognises the message reads in it, or null. */
	Format.Reading read(BounceMessage message) {
		for (Format format : this.formats) {
			Format.Reading reading = format.read(message);
			if (reading != null && !reading.deliveries().isEmpty()) {
				return reading;
			}
		}
		return null;
	}

}
