using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using CivilSociety.Scorm.Markup;
using FluentAssertions;

namespace CivilSociety.Scorm.Tests.Markup;

/// <summary>A part of the page built before it is in the page (DetachedNodes) is the tree AppendChild would build.</summary>
public sealed class DetachedNodesTests
{
    [Fact]
    public void A_tree_built_out_of_the_page_is_the_one_append_child_builds()
    {
        var document = new HtmlParser().ParseDocument("<body></body>");

        var linked = Build(document, (parent, child) => DetachedNodes.Append(parent, child));
        var appended = Build(document, (parent, child) => parent.AppendChild(child));

        linked.OuterHtml.Should().Be(appended.OuterHtml);
        linked.QuerySelector("label")!.Parent!.Should().BeSameAs(linked.QuerySelector("li"));
        linked.QuerySelector("input")!.NextSibling.Should().BeSameAs(linked.QuerySelector("label"));

        document.Body!.AppendChild(linked);
        document.GetElementById("c-a").Should().BeSameAs(linked.QuerySelector("input"), "once added, the page finds its nodes");
    }

    [Fact]
    public void A_node_moved_out_of_a_holder_leaves_it()
    {
        var document = new HtmlParser().ParseDocument("");
        var holder = document.CreateElement("div");
        holder.InnerHtml = "<p>one</p><p>two</p>";
        var target = document.CreateElement("div");

        DetachedNodes.Append(target, holder.FirstChild!);
        DetachedNodes.Remove(holder.FirstChild!);

        holder.ChildNodes.Should().BeEmpty();
        target.InnerHtml.Should().Be("<p>one</p>");
    }

    [Fact]
    public void Into_the_page_a_node_is_appended_the_usual_way()
    {
        var document = new HtmlParser().ParseDocument("<body><ul></ul></body>");
        var list = document.QuerySelector("ul")!;

        var item = DetachedNodes.Append(list, document.CreateElement("li"));
        item.Id = "x";

        document.GetElementById("x").Should().BeSameAs(item);
        list.ChildElementCount.Should().Be(1);
    }

    [Fact]
    public void A_node_of_another_document_or_a_select_s_option_is_appended_the_usual_way()
    {
        var document = new HtmlParser().ParseDocument("");
        var other = new HtmlParser().ParseDocument("");
        var target = document.CreateElement("div");

        var foreign = DetachedNodes.Append(target, other.CreateElement("span"));
        var select = (IHtmlSelectElement)DetachedNodes.Append(target, document.CreateElement("select"));
        var option = (IHtmlOptionElement)DetachedNodes.Append(select, document.CreateElement("option"));

        foreign.Owner.Should().BeSameAs(document, "appended the usual way, it is adopted");
        select.Options.Length.Should().Be(1);
        option.Parent.Should().BeSameAs(select);
        target.InnerHtml.Should().Be("<span></span><select><option></option></select>");
    }

    /// <summary>A choice's markup, built top down as the quiz renderer builds it.</summary>
    private static IElement Build(IDocument document, Action<IElement, INode> append)
    {
        var list = document.CreateElement("ul");
        var item = document.CreateElement("li");
        append(list, item);
        var input = document.CreateElement("input");
        input.Id = "c-a";
        append(item, input);
        var label = document.CreateElement("label");
        append(item, label);
        append(label, document.CreateTextNode("A choice"));
        var place = document.CreateElement("div");
        place.SetAttribute("hidden", "");
        append(item, place);
        return list;
    }
}
