/** Demo data of the catalogue: published resources of the shared library, loaded with the identity demo data. */
package net.safeskill.lms.catalogue.infrastructure.demo;
