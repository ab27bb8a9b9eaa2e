package svo.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HtmlTest {
    @Test
    void text_put_into_a_template_can_never_become_markup() {
        Html h = Html.of("<td title=\"{}\">{}</td>", "\" onmouseover=\"alert(1)", "<script>alert('x')</script> & more");
        assertThat(h.toString()).isEqualTo("<td title=\"&quot; onmouseover=&quot;alert(1)\">"
                + "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more</td>");
    }

    @Test
    void html_made_by_templates_nests_without_being_escaped_twice() {
        Html inner = Html.of("<b>{}</b>", "a<b");
        assertThat(Html.of("<p>{}</p>", inner).toString()).isEqualTo("<p><b>a&lt;b</b></p>");
        assertThat(Html.of("<p>{}</p>", (Object) null).toString()).isEqualTo("<p></p>");
    }

    @Test
    void a_template_with_the_wrong_number_of_values_is_a_programming_error() {
        assertThatThrownBy(() -> Html.of("<p>{}</p>")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Html.of("<p></p>", "x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void urls_encode_their_parameters_and_skip_empty_ones() {
        assertThat(Html.url("/explorer", "period", "FY2022-FY2024", "area", "Amber Valley", "x", null, "q", "a&b=c"))
                .isEqualTo("/explorer?period=FY2022-FY2024&area=Amber%20Valley&q=a%26b%3Dc");
    }
}
