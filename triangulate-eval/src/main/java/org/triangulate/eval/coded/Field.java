package org.triangulate.eval.coded;

/** The fields of a coded record that are scored. */
public enum Field { TYPE, DATE, PLACE, ACTOR, KILLED, INJURED }
