(require '[clj-http.client :as client])

;; clj-http sends only its own methods: this one goes as POST, named in X-HTTP-Method-Override.
(def response
  (client/request
   {:url "{{baseUrl}}/dav/"
    :headers {"Depth" "1"
              "Content-Type" "application/xml"
              "X-HTTP-Method-Override" "PROPFIND"}
    :body (.getBytes "<?xml version=\"1.0\"?>
<propfind xmlns=\"DAV:\"><allprop/></propfind>
" "UTF-8")
    :method :post}))

(println (:body response))
