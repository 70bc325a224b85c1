/** Streaming of stored course media (videos with HTTP range requests, documents, covers, SCORM package files). */
package net.safeskill.lms.web.media;
