package no.timebok.common.messaging;

public enum Channel {
    SMS, EMAIL
}
