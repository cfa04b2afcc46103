package main

import (
	"fmt"

	"github.com/go-resty/resty/v2"
)

func main() {
	client := resty.New()

	req := client.R()
	req.Header.Add("Content-Type", "text/plain")
	req.SetBody(`	indented

  spaced  

`)

	resp, err := req.Execute("POST", "{{baseUrl}}/notes")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(resp.String())
}
