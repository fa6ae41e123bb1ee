/** The in-process GLSP 2.3.0 diagram server: Jetty on 127.0.0.1, EMF glue over the model's command stack. */
package org.ctgstudio.diagram.server;
