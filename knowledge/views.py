from django.shortcuts import get_object_or_404, render

from knowledge.forms import ArticleFilterForm
from knowledge.models import Article

LIST_LIMIT = 200


def article_list(request):
    form = ArticleFilterForm(request.GET or None)
    articles = form.filter(Article.objects.published()).prefetch_related("themes")
    return render(
        request,
        "knowledge/article_list.html",
        {"form": form, "articles": list(articles[:LIST_LIMIT]), "searched": form.is_bound},
    )


def article_detail(request, slug):
    article = get_object_or_404(Article.objects.published().prefetch_related("themes"), slug=slug)
    return render(request, "knowledge/article_detail.html", {"article": article})
