/// Four more layouts, written after the extractor was last tuned, so their score is an honest estimate:
/// a tabloid, a financial paper behind a paywall barrier, a React single-page app, an AMP page.
extension NewsPageLayouts {
    static let heldOut: [Layout] = [
        ("tabloid", { s in """
            <html><body><div class="page-header"><a href="/">Daily</a><div class="nav-primary"><a href="/news">News</a></div></div>
            <div id="js-article-text" class="article-text wide"><h2>\(escape(s.headline))</h2>
            <p class="author-section byline-plain">By <a class="author" href="/u">JOHN SMITH FOR THE DAILY</a></p>
            <p class="byline-section"><span class="article-timestamp">Published: 10:12, 1 May 2024</span></p>
            <ul class="mol-bullets-with-font"><li><strong>Leaders react to the decision across the region</strong></li></ul>
            <div itemprop="articleBody">
            \(s.paragraphs.map { "<p class=\"mol-para-with-font\">\(escape($0))</p>" }.joined(separator: "\n"))
            <div class="related-carousel"><h3>READ MORE:</h3><ul><li><a href="/r">Some other sensational story with a long headline</a></li></ul></div>
            </div>
            <div id="reader-comments" class="reader-comments"><p>Comment: this is a disgrace and someone should be held responsible for it.</p></div>
            </div></body></html>
            """ }),
        ("financial-paywall", { s in """
            <html><body><div class="o-header"><a href="/">FT</a></div>
            <div class="o-topper"><h1 class="o-topper__headline"><span>\(escape(s.headline))</span></h1>
            <div class="o-topper__standfirst">A standfirst summary that explains the story in one line.</div></div>
            <div class="n-content-body js-article__content-body">
            <p>\(escape(s.paragraphs[0]))</p>
            <div class="o-ads" data-o-ads-name="mid"></div>
            \(s.paragraphs.dropFirst().map { "<p>\(escape($0))</p>" }.joined(separator: "\n"))
            </div>
            <div class="barrier"><p>Subscribe to unlock this article and get unlimited access to quality journalism.</p></div>
            </body></html>
            """ }),
        ("react-app", { s in """
            <html><body><div id="__next"><div class="css-1dbjc4n r-13awgt0"><nav class="css-nav"><a href="/">Home</a></nav>
            <div class="css-story-wrap"><h1 class="css-1x8bwze">\(escape(s.headline))</h1>
            \(s.paragraphs.map { "<p class=\"css-at9mc1 evys1bk0\">\(escape($0))</p>" }.joined(separator: "\n"))
            </div><div role="complementary"><p>Most popular stories of the day from around the world and at home.</p></div></div></div>
            <script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"story":"<p>not this</p>"}}}</script>
            </body></html>
            """ }),
        ("amp-page", { s in """
            <!doctype html><html amp lang="en"><head><meta charset="utf-8"><script async src="https://cdn.ampproject.org/v0.js"></script>
            <style amp-custom>.amp-wp-article{margin:0}</style></head><body>
            <header id="top" class="amp-wp-header"><div><a href="/">Site</a></div></header>
            <article class="amp-wp-article"><header class="amp-wp-article-header"><h1 class="amp-wp-title">\(escape(s.headline))</h1>
            <div class="amp-wp-meta amp-wp-byline"><span class="amp-wp-author author vcard">Staff</span></div></header>
            <div class="amp-wp-article-content">
            <amp-img src="/a.jpg" width="600" height="400"></amp-img>
            \(paragraphs(s))
            <amp-ad width="300" height="250" type="doubleclick"></amp-ad>
            </div>
            <footer class="amp-wp-article-footer"><div class="amp-wp-meta amp-wp-tax-category">Categories: News</div></footer>
            </article>
            <amp-social-share type="twitter"></amp-social-share>
            </body></html>
            """ }),
    ]
}
