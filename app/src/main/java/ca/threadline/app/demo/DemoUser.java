package ca.threadline.app.demo;

/**
 * A demo account: its sign-in name, its role, and its one-time password ({@code null} when the
 * demo did not set it, e.g. an administrator that already had one).
 */
public record DemoUser(String name, String role, String password) {}
