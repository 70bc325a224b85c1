package net.safeskill.lms.catalogue.infrastructure.search;

import static net.safeskill.lms.catalogue.infrastructure.search.CatalogueFields.*;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.hibernate.Session;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.engine.backend.types.dsl.IndexFieldTypeFactory;
import org.hibernate.search.mapper.orm.HibernateOrmExtension;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

/**
 * Declares the catalogue fields ({@link CatalogueFields}) and writes them from a {@link CatalogueDocument}. The same
 * declaration serves courses and library resources, so their two indexes can be searched, sorted and counted as one.
 *
 * @param <E> the indexed entity type
 */
public final class CatalogueDocumentBinder<E> implements TypeBinder {

    /** Makes the document of an entity; may read more with the Hibernate ORM session it is given. */
    @FunctionalInterface
    public interface DocumentSource<E> {
        CatalogueDocument document(E entity, Session session);
    }

    private final Class<E> type;
    private final DocumentSource<E> source;
    private final List<String> usedProperties;

    /**
     * @param usedProperties the entity's properties the document depends on: a change to one of them reindexes it
     */
    public CatalogueDocumentBinder(Class<E> type, DocumentSource<E> source, List<String> usedProperties) {
        this.type = Objects.requireNonNull(type, "type");
        this.source = Objects.requireNonNull(source, "source");
        this.usedProperties = List.copyOf(usedProperties);
    }

    @Override
    public void bind(TypeBindingContext context) {
        usedProperties.forEach(context.dependencies()::use);
        context.bridge(type, new Bridge<>(new Fields(context.indexSchemaElement(), context.typeFactory()), source));
    }

    /** References to the declared fields. */
    private static final class Fields {
        final IndexFieldReference<String> kind;
        final IndexFieldReference<String> publicId;
        final IndexFieldReference<String> title;
        final IndexFieldReference<String> titleCjk;
        final IndexFieldReference<String> all;
        final IndexFieldReference<String> allCjk;
        final IndexFieldReference<String> description;
        final IndexFieldReference<String> industry;
        final IndexFieldReference<String> post;
        final IndexFieldReference<String> trainingType;
        final IndexFieldReference<String> institution;
        final IndexFieldReference<Instant> published;
        final IndexFieldReference<Long> learners;
        final IndexFieldReference<Double> rating;
        final IndexFieldReference<Long> ratingCount;
        final IndexFieldReference<Double> hours;
        final IndexFieldReference<String> mediaType;

        Fields(IndexSchemaElement schema, IndexFieldTypeFactory f) {
            var words = f.asString().analyzer(CatalogueAnalysisConfigurer.CHINESE).projectable(Projectable.YES)
                    .toIndexFieldType();
            var chars = f.asString().analyzer(CatalogueAnalysisConfigurer.CJK_INDEX)
                    .searchAnalyzer(CatalogueAnalysisConfigurer.CJK_QUERY).projectable(Projectable.NO)
                    .toIndexFieldType();
            var wordsUnstored = f.asString().analyzer(CatalogueAnalysisConfigurer.CHINESE)
                    .projectable(Projectable.NO).toIndexFieldType();
            var storedOnly = f.asString().searchable(Searchable.NO).projectable(Projectable.YES).toIndexFieldType();
            var facet = f.asString().aggregable(Aggregable.YES).projectable(Projectable.YES).toIndexFieldType();
            var stored = f.asString().searchable(Searchable.YES).projectable(Projectable.YES).toIndexFieldType();
            kind = schema.field(KIND, facet).toReference();
            publicId = schema.field(PUBLIC_ID, stored).toReference();
            title = schema.field(TITLE, words).toReference();
            titleCjk = schema.field(TITLE_CJK, chars).toReference();
            all = schema.field(ALL, wordsUnstored).multiValued().toReference();
            allCjk = schema.field(ALL_CJK, chars).multiValued().toReference();
            description = schema.field(DESCRIPTION, storedOnly).toReference();
            industry = schema.field(INDUSTRY, facet).toReference();
            post = schema.field(POST, facet).multiValued().toReference();
            trainingType = schema.field(TYPE, facet).toReference();
            institution = schema.field(INSTITUTION, facet).toReference();
            published = schema.field(PUBLISHED, f.asInstant().sortable(Sortable.YES).projectable(Projectable.YES))
                    .toReference();
            learners = schema.field(LEARNERS, f.asLong().sortable(Sortable.YES).projectable(Projectable.YES))
                    .toReference();
            rating = schema.field(RATING, f.asDouble().sortable(Sortable.YES).projectable(Projectable.YES))
                    .toReference();
            ratingCount = schema.field(RATING_COUNT, f.asLong().sortable(Sortable.YES).projectable(Projectable.YES))
                    .toReference();
            hours = schema.field(HOURS, f.asDouble().projectable(Projectable.YES)).toReference();
            mediaType = schema.field(MEDIA_TYPE, stored).toReference();
        }
    }

    private static final class Bridge<E> implements TypeBridge<E> {
        private final Fields fields;
        private final DocumentSource<E> source;

        Bridge(Fields fields, DocumentSource<E> source) {
            this.fields = fields;
            this.source = source;
        }

        @Override
        public void write(DocumentElement target, E entity, TypeBridgeWriteContext context) {
            Session session = context.extension(HibernateOrmExtension.get()).session();
            CatalogueDocument d = source.document(entity, session);
            target.addValue(fields.kind, d.kind());
            target.addValue(fields.publicId, d.publicId());
            target.addValue(fields.title, d.title());
            target.addValue(fields.titleCjk, d.title());
            for (String text : new String[] {d.title(), d.description(), d.people()}) {
                target.addValue(fields.all, text);
                target.addValue(fields.allCjk, text);
            }
            target.addValue(fields.description, d.description());
            target.addValue(fields.industry, d.industry());
            d.posts().forEach(p -> target.addValue(fields.post, p));
            if (d.type() != null) {
                target.addValue(fields.trainingType, d.type());
            }
            target.addValue(fields.institution, d.institution());
            target.addValue(fields.published, d.published());
            target.addValue(fields.learners, d.learners());
            target.addValue(fields.rating, d.rating());
            target.addValue(fields.ratingCount, d.ratingCount());
            target.addValue(fields.hours, d.hours());
            if (d.mediaType() != null) {
                target.addValue(fields.mediaType, d.mediaType());
            }
        }
    }
}
