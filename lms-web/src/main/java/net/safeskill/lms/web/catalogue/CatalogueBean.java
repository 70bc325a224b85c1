package net.safeskill.lms.web.catalogue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import net.safeskill.lms.catalogue.application.CatalogueQuery;
import net.safeskill.lms.catalogue.application.CatalogueResult;
import net.safeskill.lms.catalogue.application.CatalogueSearchService;
import net.safeskill.lms.web.support.Messages;

/**
 * The course supermarket (课程超市, {@code /catalogue/index.xhtml}): every parameter comes from the address (q,
 * industry, post, type, inst, kind, sort, page), so a search is a bookmarkable GET and facet, sort and page links
 * are plain links that work on any phone.
 */
@Named
@RequestScoped
public class CatalogueBean {

    static final String PAGE = "/catalogue/index.xhtml";

    @Inject
    private CatalogueSearchService search;

    private String q;
    private String industry;
    private String post;
    private String type;
    private String inst;
    private String kind;
    private String sort;
    private String page;
    private CatalogueResult result;

    public CatalogueResult getResult() {
        if (result == null) {
            result = search.search(query());
        }
        return result;
    }

    CatalogueQuery query() {
        int pageNumber;
        try {
            pageNumber = page == null ? 1 : Integer.parseInt(page.strip());
        } catch (NumberFormatException e) {
            pageNumber = 1;
        }
        return new CatalogueQuery(q, industry, post, type, inst, kind, CatalogueQuery.Sort.parse(sort), pageNumber,
                CatalogueQuery.DEFAULT_PAGE_SIZE);
    }

    /** The value a facet is filtered by, or {@code null}. */
    public String selected(String facet) {
        return params(query()).get(facet);
    }

    /** The address of this search narrowed by a facet value (page 1). */
    public String facetHref(String facet, String value) {
        return href(query().withFilter(facet, value));
    }

    /** The address of this search without the facet's filter. */
    public String clearHref(String facet) {
        return href(query().withFilter(facet, null));
    }

    public String pageHref(int number) {
        return href(query().withPage(number));
    }

    public String sortHref(String sortName) {
        return href(query().withSort(CatalogueQuery.Sort.parse(sortName)).withPage(1));
    }

    /** The facets in the order the page shows them. */
    public java.util.List<String> getFacetNames() {
        return net.safeskill.lms.catalogue.infrastructure.search.CatalogueSearcher.FACETS;
    }

    /** What a facet value is called on screen. */
    public String facetLabel(String facet, String value, String name) {
        if (value == null) {
            return "";
        }
        return switch (facet) {
            case "industry" -> Messages.text("industry." + value);
            case "post" -> Messages.text("postCategory." + value);
            case "type" -> Messages.text("search.type." + value);
            case "kind" -> Messages.text("search.kind." + value);
            case "inst" -> name != null ? name : Messages.text("search.inst.platform");
            default -> value;
        };
    }

    /** The label of the value a facet is filtered by (for the "selected" chips). */
    public String selectedLabel(String facet) {
        String value = selected(facet);
        if (value == null) {
            return null;
        }
        String name = getResult().facet(facet).stream().filter(f -> value.equals(f.value())).findFirst()
                .map(CatalogueResult.Facet::name).orElse(null);
        return facetLabel(facet, value, name);
    }

    public String getSortName() {
        return query().sort().name();
    }

    public CatalogueQuery.Sort[] getSorts() {
        return CatalogueQuery.Sort.values();
    }

    public boolean isFiltered() {
        Map<String, String> p = params(query());
        return p.containsKey("industry") || p.containsKey("post") || p.containsKey("type") || p.containsKey("inst")
                || p.containsKey("kind");
    }

    /** The filters as hidden fields of the search form, so a new text keeps them. */
    public Map<String, String> getFilters() {
        Map<String, String> p = params(query());
        p.remove("q");
        p.remove("sort");
        p.remove("page");
        return p;
    }

    private static Map<String, String> params(CatalogueQuery query) {
        Map<String, String> p = new LinkedHashMap<>();
        put(p, "q", query.text().isBlank() ? null : query.text());
        put(p, "industry", query.industry());
        put(p, "post", query.post());
        put(p, "type", query.type());
        put(p, "inst", query.institution());
        put(p, "kind", query.kind());
        put(p, "sort", query.sort() == CatalogueQuery.Sort.RELEVANCE ? null : query.sort().name());
        put(p, "page", query.page() == 1 ? null : Integer.toString(query.page()));
        return p;
    }

    private static void put(Map<String, String> p, String name, String value) {
        if (value != null) {
            p.put(name, value);
        }
    }

    private static String href(CatalogueQuery query) {
        String context = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        String params = params(query).entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return context + PAGE + (params.isEmpty() ? "" : "?" + params);
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getIndustry() {
        return industry;
    }

    public void setIndustry(String industry) {
        this.industry = industry;
    }

    public String getPost() {
        return post;
    }

    public void setPost(String post) {
        this.post = post;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getInst() {
        return inst;
    }

    public void setInst(String inst) {
        this.inst = inst;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }
}
