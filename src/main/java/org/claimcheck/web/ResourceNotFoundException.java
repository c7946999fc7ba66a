package org.claimcheck.web;

/** A resource the client named by id does not exist; the message says which. */
class ResourceNotFoundException extends RuntimeException {

    ResourceNotFoundException(String message) {
        super(message);
    }
}
