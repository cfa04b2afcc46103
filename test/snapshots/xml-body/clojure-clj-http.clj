(require '[clj-http.client :as client])

(def response
  (client/request
   {:url "{{baseUrl}}/soap"
    :headers {"SOAPAction" "\"urn:Add\""
              "Content-Type" "application/xml"}
    :body (.getBytes "<?xml version=\"1.0\" encoding=\"UTF-8\"?>
<note id='1'>
  <to>Tom &amp; Jerry</to>
  <body><![CDATA[a < b && c > d]]></body>
</note>" "UTF-8")
    :method :post}))

(println (:body response))
