import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './ui/App.tsx'
import { compareClient } from './ui/compare-client.ts'
import './index.css'

// The worker loads and starts its engine while React renders the first screen.
compareClient.warmUp()

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
