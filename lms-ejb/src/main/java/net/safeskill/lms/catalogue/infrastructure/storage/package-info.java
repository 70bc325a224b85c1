/** File storage of course media (videos, documents, SCORM packages, covers) under random keys. */
package net.safeskill.lms.catalogue.infrastructure.storage;
