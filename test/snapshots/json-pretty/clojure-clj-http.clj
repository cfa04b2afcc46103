(require '[clj-http.client :as client])

(def response
  (client/request
   {:url "{{baseUrl}}/v1/orders"
    :headers {"Content-Type" "application/json"}
    :body (.getBytes "{
  \"customer\": \"Zoë\",
  \"escaped\": \"caf\\u00e9 \\\"quoted\\\" \\\\ back\",
  \"items\": [
    { \"sku\": \"A-1\", \"qty\": 2, \"price\": 9.90 },
    { \"sku\": \"B-2\", \"qty\": 1, \"price\": 1e3 }
  ],
  \"note\": \"#{x} ${y} \\\\(z) `w`\",
  \"empty\": {},
  \"nothing\": null
}
" "UTF-8")
    :method :post}))

(println (:body response))
