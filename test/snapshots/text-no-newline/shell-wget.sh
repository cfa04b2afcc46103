wget --quiet --output-document=- --method=POST '{{baseUrl}}/notes' \
--header 'Content-Type: text/plain' \
--body-data 'price: $5 #{total} ${HOME} \(x) `cmd` '\''single'\'' "double" \n stays'
